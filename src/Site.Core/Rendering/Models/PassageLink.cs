using Site.Core.Linking;

namespace Site.Core.Rendering.Models;

/// <summary>A quoted claim (or passage) and the anchor on its page where it is.</summary>
/// <param name="Anchor">The element id on the citing page: the claim's ("claim-k3vq7ban", or its pin, "claim-dose"), or the citation's ("cite-3") outside claims.</param>
/// <param name="Text">The claim or passage as plain text.</param>
/// <param name="Flag">The claim's evidence flag, if its references are all of a weak kind.</param>
public sealed record PassageLink(string Anchor, string Text, EvidenceFlag? Flag = null)
{
    /// <summary>Whether the claim cites a retracted work, or one under an expression of concern (the stronger of the two); null when neither.</summary>
    public Retractions.RetractionNature? Retraction { get; init; }

    /// <summary>The mark of the retraction or expression of concern among its references, in the site's language, or null.</summary>
    public Mark? RetractionMark { get; init; }

    /// <summary>The mark of its flag, in the site's language, or null when its evidence earns none.</summary>
    public Mark? EvidenceMark { get; init; }
}
