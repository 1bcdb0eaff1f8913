namespace Site.Core.Diagnostics.Formatting;

/// <summary>Picks the formatter for a format.</summary>
public static class DiagnosticFormatters
{
    /// <summary>The formatter for <paramref name="format"/>; colour applies to text only.</summary>
    public static IDiagnosticFormatter For(DiagnosticFormat format, bool color = false) => format switch
    {
        DiagnosticFormat.Json => new JsonDiagnosticFormatter(),
        DiagnosticFormat.Sarif => new SarifDiagnosticFormatter(),
        DiagnosticFormat.GitHub => new GitHubDiagnosticFormatter(),
        _ => new TextDiagnosticFormatter(color),
    };

    /// <summary>The lower-case name of a severity as diagnostics print it.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
