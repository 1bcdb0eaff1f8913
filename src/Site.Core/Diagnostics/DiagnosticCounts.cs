namespace Site.Core.Diagnostics;

/// <summary>How many errors and warnings a list holds, worded the same way wherever a summary is printed.</summary>
public readonly record struct DiagnosticCounts(int Errors, int Warnings)
{
    /// <summary>Counts a list of diagnostics with effective severities.</summary>
    public static DiagnosticCounts Of(IEnumerable<Diagnostic> diagnostics)
    {
        var (errors, warnings) = (0, 0);
        foreach (var diagnostic in diagnostics)
        {
            errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
            warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
        }

        return new DiagnosticCounts(errors, warnings);
    }

    /// <summary>"1 page", "3 errors".</summary>
    public static string Describe(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>"0 errors, 1 warning".</summary>
    public override string ToString() => $"{Describe(Errors, "error")}, {Describe(Warnings, "warning")}";
}
