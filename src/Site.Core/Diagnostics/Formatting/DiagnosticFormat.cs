namespace Site.Core.Diagnostics.Formatting;

/// <summary>How diagnostics are printed.</summary>
public enum DiagnosticFormat
{
    /// <summary>For people: location, message, source line with a caret, hint.</summary>
    Text,

    /// <summary>An array of {file, line, column, severity, code, message, hint}.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code scanning tools.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands, shown as annotations on the pull request.</summary>
    GitHub,
}
