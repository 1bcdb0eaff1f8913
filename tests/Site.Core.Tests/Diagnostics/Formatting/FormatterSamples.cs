using Site.Core.Diagnostics;
using Site.Core.Text;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Tests.Diagnostics.Formatting;

/// <summary>Diagnostics as the build makes them, for the formatter tests.</summary>
internal static class FormatterSamples
{
    public static readonly SourceText Ketamine = new(
        "input/substances/ketamine.md",
        "---\ntitle: Ketamine\nsumary: A dissociative anaesthetic.\n---\n\nSee\t[[nowhere]] and <b>.\n");

    /// <summary>An error with a hint: 'sumary' at 3:1, six characters long.</summary>
    public static readonly Diagnostic UnknownField = Diagnostic.At(
        DiagnosticDescriptors.UnknownField, Ketamine, Ketamine.Text.IndexOf("sumary", StringComparison.Ordinal), 6,
        "unknown field 'sumary' in front matter", "did you mean 'summary'?");

    /// <summary>An error after a tab: 'nowhere' at 6:7.</summary>
    public static readonly Diagnostic BrokenLink = Diagnostic.At(
        BrokenLinkAnalyzer.Descriptor, Ketamine, Ketamine.Text.IndexOf("nowhere", StringComparison.Ordinal), 7,
        "no page has the id 'nowhere'");

    /// <summary>A warning without a hint: '&lt;b&gt;' at 6:21.</summary>
    public static readonly Diagnostic RawHtml = Diagnostic.At(
        RawHtmlAnalyzer.Descriptor, Ketamine, Ketamine.Text.IndexOf("<b>", StringComparison.Ordinal), 3,
        "raw HTML is not passed through; readers will see it as text");

    public static IReadOnlyList<Diagnostic> All { get; } = [UnknownField, BrokenLink, RawHtml];

    /// <summary>A message with apostrophes, non-ASCII letters, a curly quote, and a dash, and
    /// what JSON must escape: a double quote, a backslash and a tab.</summary>
    public const string Prose = "no page has the id 'müller-2019' — Müller’s \"β-blocker\" note, 中文, C:\\notes\tend";

    /// <summary>An error whose message and hint are <see cref="Prose"/>.</summary>
    public static readonly Diagnostic WithProse = Diagnostic.At(
        BrokenLinkAnalyzer.Descriptor, Ketamine, Ketamine.Text.IndexOf("nowhere", StringComparison.Ordinal), 7, Prose, Prose);

    /// <summary>The JSON text of <see cref="Prose"/>: everything as written, but for the three characters JSON must escape.</summary>
    public const string ProseInJson = "no page has the id 'müller-2019' — Müller’s \\\"β-blocker\\\" note, 中文, C:\\\\notes\\tend";

    public static string Write(Site.Core.Diagnostics.Formatting.IDiagnosticFormatter formatter, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var writer = new StringWriter();
        formatter.Write(writer, diagnostics);
        return writer.ToString();
    }
}
