using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Retractions;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>retracted-reference</c> (an error) and <c>expression-of-concern</c> (a warning): each citation of a work that is
/// retracted, or under an expression of concern, reported at its key, with the notice's date and reason.
/// </summary>
public sealed class RetractedReferenceAnalyzer : IDocumentAnalyzer
{
    /// <summary>A citation of a retracted work.</summary>
    public static readonly DiagnosticDescriptor RetractedReference = new(
        "retracted-reference", DiagnosticSeverity.Error, "A page cites a work that has been retracted.",
        When: "a citation of a retracted work (Retraction Watch data, or `status: retracted`)");

    /// <summary>A citation of a work under an expression of concern.</summary>
    public static readonly DiagnosticDescriptor ExpressionOfConcern = new(
        "expression-of-concern", DiagnosticSeverity.Warning, "A page cites a work its journal has published an expression of concern about.",
        When: "a citation of a work under an expression of concern");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [RetractedReference, ExpressionOfConcern];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var citation in documents.SelectMany(d => graph.CitationsOf(d).Citations))
        {
            if (citation.Reference is not { } reference || graph.RetractionOf(reference) is not { } notice)
            {
                continue;
            }

            var key = citation.Item.Key;
            var retracted = notice.Nature == RetractionNature.Retraction;
            var document = citation.From;
            diagnostics.Add(Diagnostic.At(
                retracted ? RetractedReference : ExpressionOfConcern,
                document.Source.Source, document.FileOffset(citation.Item.KeyPosition), key.Length,
                $"cites '{key}', {Describe(notice)}",
                retracted
                    ? "a retracted study supports nothing: remove the citation, or say in the text that the study was retracted, and why, before citing it"
                    : "say in the text that the study's findings are in doubt, or cite other evidence; check the notice for what is questioned"));
        }
    }

    /// <summary>"retracted 2021-03-04 (Retraction Watch 34567: Falsification/Fabrication of Data)", or "marked retracted in its status".</summary>
    public static string Describe(RetractionNotice notice)
    {
        var retracted = notice.Nature == RetractionNature.Retraction;
        var what = retracted ? "retracted" : "under an expression of concern";
        var when = notice.DateText is { } date ? (retracted ? " " : " since ") + date : string.Empty;
        if (notice.ByHand)
        {
            return $"marked {what} in its status" + (when.Length > 0 ? $" ({what}{when})" : string.Empty);
        }

        var reasons = notice.Reasons.Count > 0 ? ": " + string.Join("; ", notice.Reasons) : string.Empty;
        return $"{what}{when} (Retraction Watch {notice.RecordId}{reasons})";
    }
}
