namespace Site.Core.Diagnostics.Formatting;

/// <summary>Writes a list of diagnostics in one format.</summary>
public interface IDiagnosticFormatter
{
    /// <summary>Writes all diagnostics; formats that are documents (JSON, SARIF) write one even for an empty list.</summary>
    void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics);
}
