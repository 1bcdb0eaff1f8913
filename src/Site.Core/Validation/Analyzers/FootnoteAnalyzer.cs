using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// Footnotes that do not meet: <c>unknown-footnote</c> at a <c>[^label]</c> no note defines (readers see it as
/// typed), <c>unused-footnote</c> at a note nothing refers to (Markdig leaves it off the page). Neither is an error:
/// the page reads, but not as the editor meant.
/// </summary>
public sealed class FootnoteAnalyzer : IDocumentAnalyzer
{
    /// <summary>A footnote reference with no note of its label.</summary>
    public static readonly DiagnosticDescriptor Unknown = new(
        "unknown-footnote", DiagnosticSeverity.Warning, "A footnote reference names no note of its page.",
        When: "a footnote reference (`[^1]`) with no note (`[^1]: text`) on its page; shown as text (with a did-you-mean)");

    /// <summary>A footnote that nothing refers to.</summary>
    public static readonly DiagnosticDescriptor Unused = new(
        "unused-footnote", DiagnosticSeverity.Warning, "A footnote is never referred to, so it is not shown.",
        When: "a note (`[^1]: text`) that no `[^1]` of its page refers to; left off the page");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Unknown, Unused];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            foreach (var reference in document.UnresolvedFootnotes)
            {
                var hint = DidYouMean.Find(reference.Label, Labels(document)) is { } near
                    ? $"did you mean '[^{near}]'?"
                    : $"write the note on a line of its own, not indented or inside a list: '[^{reference.Label}]: the note'";
                diagnostics.Add(Diagnostic.At(
                    Unknown, document.Source.Source, document.FileOffset(reference.Start), reference.Length,
                    $"no note '[^{reference.Label}]:' is defined on this page; readers see '[^{reference.Label}]' as text", hint));
            }

            foreach (var note in document.UnusedFootnotes)
            {
                var label = note.Footnote.Label![1..];
                diagnostics.Add(Diagnostic.At(
                    Unused, document.Source.Source, document.FileOffset(note.Span.Start), label.Length + 3,
                    $"the note '[^{label}]' is never referred to, so readers do not see it",
                    $"refer to it with '[^{label}]' where it belongs in the text, or delete it"));
            }
        }
    }

    // The labels the page's notes have (without '^'), for a did-you-mean.
    private static IEnumerable<string> Labels(ParsedDocument document) =>
        document.Markdown.GetLinkReferenceDefinitions(false)?.Links.Values.OfType<FootnoteLinkReferenceDefinition>()
            .Select(d => d.Footnote.Label![1..]) ?? [];
}
