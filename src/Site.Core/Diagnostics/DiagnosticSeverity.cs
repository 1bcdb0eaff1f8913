namespace Site.Core.Diagnostics;

/// <summary>How serious a diagnostic is. <see cref="Off"/> only appears in overrides and drops the diagnostic.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not reported.</summary>
    Off,

    /// <summary>Worth knowing; never fails a build.</summary>
    Info,

    /// <summary>Probably a mistake; fails the build only with --warnings-as-errors.</summary>
    Warning,

    /// <summary>Fails the build.</summary>
    Error,
}
