using Markdig.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.Claims;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// The pins of claim anchors (<c>{#claim-dose}</c>), at the pin: <c>invalid-identifier</c> for one that is not
/// "claim-" and lower-case kebab, <c>duplicate-anchor</c> for one that another pin, another claim's text or a
/// heading of the page already gives, or a claim's second pin. The claim finder decided what each pin does; this
/// says why to the editor.
/// </summary>
public sealed class PinnedAnchorAnalyzer : IDocumentAnalyzer
{
    /// <summary>A pinned claim anchor that another claim, pin or heading of its page already has, or a claim's second pin.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "duplicate-anchor", DiagnosticSeverity.Error, "A claim's pinned anchor must be the only element of its page with that id, and a claim has one pin.",
        When: "a pinned claim anchor that another pin, another claim's text or a heading of the page already gives, or a claim's second pin");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor, DiagnosticDescriptors.InvalidIdentifier];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            HashSet<string>? headings = null;
            foreach (var claim in document.Claims)
            {
                foreach (var pin in claim.Pins)
                {
                    if (pin.Problem == PinProblem.None)
                    {
                        headings ??= HeadingSlugs(document, graph);
                        if (headings.Contains(pin.Id))
                        {
                            Report(diagnostics, document, pin, Descriptor,
                                $"'#{pin.Id}' is also the anchor of a heading of this page, which becomes '#{pin.Id}-2'",
                                "pin another id, or reword the heading: links to either would be taken for the other");
                        }

                        continue;
                    }

                    var (descriptor, message, hint) = Describe(document, claim, pin);
                    Report(diagnostics, document, pin, descriptor, message, hint);
                }
            }
        }
    }

    private static (DiagnosticDescriptor, string, string) Describe(ParsedDocument document, Claim claim, ClaimPin pin) => pin.Problem switch
    {
        PinProblem.NotAnId => (DiagnosticDescriptors.InvalidIdentifier,
            $"'{{#{pin.Id}}}' is not a claim anchor; the claim keeps '#{claim.Anchor}', from its text",
            $"a pinned anchor is 'claim-' and lower-case kebab, e.g. '{{#{Suggestion(pin.Id)}}}'"),
        PinProblem.SecondPin => (Descriptor,
            $"this claim is already pinned to '#{claim.Anchor}'; '{{#{pin.Id}}}' is left out",
            "a claim has one anchor: keep one pin"),
        PinProblem.UsedTwice => (Descriptor,
            $"'#{pin.Id}' already pins the claim at line {LineOf(document, pin.Other!)}; this claim keeps '#{claim.Anchor}', from its text",
            "each pin names one claim of its page: pin this one to another id"),
        _ => (Descriptor,
            $"'#{pin.Id}' is also the anchor the claim at line {LineOf(document, pin.Other!)} takes from its text, which becomes '#{pin.Other!.Anchor}'",
            "links to that claim's text land here: pin this claim to another id, or pin that claim too"),
    };

    // Under the id itself, after "{#".
    private static void Report(DiagnosticBag diagnostics, ParsedDocument document, ClaimPin pin, DiagnosticDescriptor descriptor, string message, string hint) =>
        diagnostics.Add(Diagnostic.At(descriptor, document.Source.Source, document.FileOffset(pin.Pin.Span.Start + 2), pin.Id.Length, message, hint));

    // The id as the kebab it was meant to be: "Claim Dose" is "claim-dose", "dose" too.
    private static string Suggestion(string written)
    {
        var slug = Slug.From(written);
        slug = slug.StartsWith(ClaimAnchors.Prefix, StringComparison.Ordinal) ? slug[ClaimAnchors.Prefix.Length..] : slug;
        return slug.Length == 0 || slug == "claim" ? "claim-dose" : ClaimAnchors.Prefix + slug;
    }

    private static int LineOf(ParsedDocument document, Claim claim) =>
        document.Source.Source.Locate(document.FileOffset(claim.Start)).Line;

    // The ids the page's headings take from their text, as post-processing will give them.
    private static HashSet<string> HeadingSlugs(ParsedDocument document, SiteGraph graph)
    {
        var titleOf = PassageText.TitlesFor(document, graph.ById);
        return [.. document.Markdown.Descendants<HeadingBlock>().Where(h => h.Inline is not null).Select(h => Slug.From(PassageText.Of(h.Inline!, titleOf)))];
    }
}
