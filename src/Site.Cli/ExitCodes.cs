namespace Site.Cli;

/// <summary>The process exit codes: CI reads them.</summary>
internal static class ExitCodes
{
    /// <summary>No errors.</summary>
    public const int Success = 0;

    /// <summary>The content has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>Bad arguments, missing input, an unsafe output folder, or an I/O failure.</summary>
    public const int UsageOrIo = 2;
}
