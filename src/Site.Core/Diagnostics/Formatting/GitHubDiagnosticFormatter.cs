namespace Site.Core.Diagnostics.Formatting;

/// <summary>GitHub Actions workflow commands: <c>::error file=..,line=..,col=..,title=code::message</c>.</summary>
public sealed class GitHubDiagnosticFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var location = diagnostic.Location;
            var message = diagnostic.Hint is { } hint ? $"{diagnostic.Message}\n{hint}" : diagnostic.Message;
            writer.Write($"::{command} file={Property(location.Path)},line={location.Line},col={location.Column},title={Property(diagnostic.Code)}::{Data(message)}\n");
        }
    }

    // The escaping rules of the workflow command syntax: data escapes %, CR and LF; properties also ':' and ','.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
