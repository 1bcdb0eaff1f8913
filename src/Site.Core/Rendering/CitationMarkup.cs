using Markdig.Renderers;
using Site.Core.Languages;
using Site.Core.Linking;
using Site.Core.Retractions;

namespace Site.Core.Rendering;

/// <summary>
/// The labels a page writes beside a citation, whatever the citation style: a claim's evidence flag, a retracted or
/// questioned work, evidence that is old.
/// </summary>
public static class CitationMarkup
{
    /// <summary>Writes a claim's evidence flag, a small label readers see beside it ("case reports only").</summary>
    public static void WriteFlag(HtmlRenderer renderer, EvidenceFlag flag, SiteStrings strings) =>
        renderer.Write(" <span class=\"evidence-flag\" data-flag=\"").Write(EvidenceFlags.Name(flag))
            .Write("\" title=\"").WriteEscape(strings.EvidenceFlagExplanation(flag)).Write("\">")
            .WriteEscape(strings.EvidenceFlag(flag)).Write("</span>");

    /// <summary>
    /// Writes the flag of a citation of a retracted work ("cites a retracted study"), or of one under an expression of
    /// concern: words, not colour alone, linking to nothing (the reference list and its page carry the notice).
    /// </summary>
    public static void WriteRetractionFlag(HtmlRenderer renderer, RetractionNature nature, SiteStrings strings) =>
        renderer.Write(" <span class=\"retraction-flag\" data-retraction=\"").Write(RetractionStatus.Name(nature))
            .Write("\" role=\"note\">").WriteEscape(strings[nature == RetractionNature.Retraction ? "cites_retracted" : "cites_concern"]).Write("</span>");

    /// <summary>Writes the flag of a claim whose every reference is old: "based on studies from before 2011".</summary>
    public static void WriteDatedFlag(HtmlRenderer renderer, int year, SiteStrings strings)
    {
        var before = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write(" <span class=\"dated-flag\" data-dated-before=\"").Write(before)
            .Write("\" title=\"").WriteEscape(strings["flag_dated_evidence_explanation"]).Write("\">")
            .WriteEscape(strings.Format("flag_dated_evidence", ("year", before))).Write("</span>");
    }
}
