using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>dated-evidence</c>: a claim whose every reference was issued more than site.yml's <c>evidenceMaxAgeYears</c>
/// before the build date, reported at the claim. Off unless the setting is given.
/// </summary>
public sealed class DatedEvidenceAnalyzer : IAnalyzer
{
    /// <summary>A claim whose references are all older than evidenceMaxAgeYears.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "dated-evidence", DiagnosticSeverity.Warning, "Every reference behind a claim was published more than evidenceMaxAgeYears before the build.",
        When: "a claim whose every reference was issued more than `evidenceMaxAgeYears` before the build");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        if (graph.Config.EvidenceMaxAgeYears is not { } years)
        {
            return;
        }

        foreach (var claim in graph.AllClaims)
        {
            if (graph.EvidenceDatedBefore(claim) is not { } before)
            {
                continue;
            }

            var document = claim.Document;
            diagnostics.Add(Diagnostic.At(
                Descriptor, document.Source.Source, document.FileOffset(claim.Claim.Start), 0,
                $"every reference behind this claim was published before {before}, more than {years} years ago",
                "look for newer evidence and cite it; readers are told the claim rests on studies from before " + before));
        }
    }
}
