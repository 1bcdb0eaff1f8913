using System.Text;

namespace Site.Core.Diagnostics.Formatting;

/// <summary>
/// <c>path:line:column: severity code: message</c>, then the source line with a caret under the
/// problem and a hint. ANSI colour only when asked (a terminal, and NO_COLOR unset).
/// </summary>
public sealed class TextDiagnosticFormatter(bool color) : IDiagnosticFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";

    // How much of a source line is shown at most, and how much of it before the caret when it is cut.
    private const int LongestLineShown = 120;
    private const int ShownBeforeCaret = 40;

    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.Write(Format(diagnostic));
        }
    }

    /// <summary>One diagnostic, with its trailing newline.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        var severity = DiagnosticFormatters.SeverityName(diagnostic.Severity);
        var tone = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Red,
            DiagnosticSeverity.Warning => Yellow,
            _ => Cyan,
        };

        builder.Append(Paint(Bold, diagnostic.Location.ToString())).Append(": ")
            .Append(Paint(Bold + tone, severity + " " + diagnostic.Code)).Append(": ")
            .Append(diagnostic.Message).Append('\n');

        if (diagnostic.SourceLine is { } line)
        {
            var number = diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            var column = Math.Clamp(diagnostic.Location.Column - 1, 0, line.Length);

            // A long line (a page written as one line) is shown only around the problem, marked where it is cut:
            // printed whole, it would fill the screen for every problem on it.
            var start = Math.Max(0, Math.Min(column - ShownBeforeCaret, line.Length - LongestLineShown));
            var end = Math.Min(line.Length, start + LongestLineShown);
            var (before, after) = (start > 0 ? "…" : string.Empty, end < line.Length ? "…" : string.Empty);

            // Tabs become single spaces so the caret lines up with the column it names.
            var shown = before + line[start..end].Replace('\t', ' ') + after;
            var caretAt = column - start + before.Length;
            var width = Math.Clamp(diagnostic.Location.Length, 1, Math.Max(1, end - column));
            builder.Append(Paint(Dim, $" {number} | ")).Append(shown).Append('\n');
            builder.Append(Paint(Dim, $" {gutter} | ")).Append(' ', caretAt).Append(Paint(Bold + tone, new string('^', width))).Append('\n');
        }

        if (diagnostic.Hint is { } hint)
        {
            builder.Append("  = ").Append(Paint(Bold, "hint")).Append(": ").Append(hint).Append('\n');
        }

        return builder.ToString();
    }

    private string Paint(string style, string text) => color ? style + text + Reset : text;
}
