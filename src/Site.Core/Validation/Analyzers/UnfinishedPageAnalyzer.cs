using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>unfinished-page</c>: a page that still carries what <c>site new</c> left for the editor, a <c>::: unfinished</c>
/// block of instructions or a front matter value marked <c>!unfinished</c>; reported at each marker. The rule is
/// pinned, so the instructions and placeholders never reach readers.
/// </summary>
public sealed class UnfinishedPageAnalyzer : IDocumentAnalyzer
{
    /// <summary>A page that still carries the scaffold's instructions or a value marked unfinished.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "unfinished-page", DiagnosticSeverity.Error, "A page still carries text marked unfinished: the scaffold's '::: unfinished' instructions or a '!unfinished' value.",
        When: "a page that still carries what `site new` left: a `::: unfinished` block or a `!unfinished` value; cannot be lowered",
        PinnedBecause: "the page would publish the scaffold's instructions and placeholders to readers");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            var source = document.Source;
            var what = $"{document.Kind.Name} '{document.Id}'";
            foreach (var field in source.FrontMatter.Unfinished)
            {
                diagnostics.Add(Diagnostic.At(
                    Descriptor, source.Source, field.Offset, UnfinishedMarker.Tag.Length,
                    $"'{field.Value}' of {what} is marked unfinished",
                    $"write the value in place of '{UnfinishedMarker.Tag} ...', or delete the line"));
            }

            foreach (var block in document.UnfinishedBlocks)
            {
                var offset = document.FileOffset(block.Span.Start);
                diagnostics.Add(Diagnostic.At(
                    Descriptor, source.Source, offset, LineLength(source.Source.Text, offset),
                    $"{what} still carries the instructions of a new page",
                    "delete the block when the page is written"));
            }
        }
    }

    private static int LineLength(string text, int offset)
    {
        var end = text.IndexOfAny(['\r', '\n'], offset);
        return (end < 0 ? text.Length : end) - offset;
    }
}
