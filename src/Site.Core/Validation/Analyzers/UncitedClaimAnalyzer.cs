using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.Claims;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>uncited-claim</c>: a claim with no reference behind it, reported where it starts. Under the
/// <c>sentence</c> policy, also the first sentence after a claim's last citation, which no citation covers.
/// A claim whose only citations name no reference is left to <c>unknown-citation</c>: fixing the key covers it.
/// </summary>
public sealed class UncitedClaimAnalyzer : IDocumentAnalyzer
{
    /// <summary>A claim (or, under the sentence policy, a sentence) with no reference behind it.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "uncited-claim", DiagnosticSeverity.Error, "Every claim must cite a reference that supports it.",
        When: "a claim (under `sentence`, a sentence) with no citation that resolves");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private const int QuoteLength = 60;

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            if (document.ClaimPolicy == ClaimPolicy.Off)
            {
                continue;
            }

            Func<Parsing.WikiLinks.WikiLink, string>? titleOf = null;
            foreach (var claim in graph.ClaimsOf(document))
            {
                if (!claim.IsCovered && !claim.HasUnknownCitation)
                {
                    diagnostics.Add(Diagnostic.At(
                        Descriptor, document.Source.Source, document.FileOffset(claim.Claim.Start), 0,
                        $"this claim cites no reference: \"{Quote(claim.Text)}\"",
                        "cite the reference that supports it, e.g. [@jones-2018]; if it is not a claim (a disclaimer, navigation), put it in a '::: editorial' block"));
                }
                else if (document.ClaimPolicy == ClaimPolicy.Sentence)
                {
                    titleOf ??= PassageText.TitlesFor(document, graph.ById);
                    ReportUncitedSentence(document, claim.Claim, titleOf, graph.WordsOf, diagnostics);
                }
            }
        }
    }

    // The last citation covers the sentences before it back to the previous citation: what needs one is
    // the sentences after the last citation.
    private static void ReportUncitedSentence(
        ParsedDocument document, Claim claim, Func<Parsing.WikiLinks.WikiLink, string> titleOf, Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf, DiagnosticBag diagnostics)
    {
        var text = ClaimText.Of(claim, titleOf, wordsOf);
        var sentences = SentenceSplitter.Split(text.Text);
        var last = text.Text.LastIndexOf(SentenceSplitter.Citation);
        foreach (var sentence in sentences)
        {
            var (start, length) = sentence.GetOffsetAndLength(text.Text.Length);
            if (start + length <= last)
            {
                continue;
            }

            if (text.Text.AsSpan(start, length).Contains(SentenceSplitter.Citation))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.At(
                Descriptor, document.Source.Source, document.FileOffset(text.BodyPosition(start)), 0,
                $"this sentence cites no reference: \"{Quote(text.Text.Substring(start, length))}\"",
                "under the 'sentence' policy every sentence needs a citation, or a later one in the same paragraph that covers it; cite the reference at its end"));
            return;
        }
    }

    private static string Quote(string text) =>
        PassageText.Shorten(text.Replace(SentenceSplitter.Citation.ToString(), string.Empty, StringComparison.Ordinal).Trim(), QuoteLength, ",;:.");
}
