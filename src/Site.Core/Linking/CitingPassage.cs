using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>
/// A passage that cites a reference, as its "Cited by" list shows it, with its quote.
/// </summary>
public sealed class CitingPassage
{
    internal CitingPassage(ParsedDocument from, string anchor, string text, ClaimEvidence? claim)
    {
        From = from;
        Anchor = anchor;
        Text = text;
        Claim = claim;
    }

    /// <summary>The citing page.</summary>
    public ParsedDocument From { get; }

    /// <summary>The id on that page where the link lands: the claim's ("claim-k3vq7ban", or its pin, "claim-dose"), or the citation's ("cite-7") outside claims.</summary>
    public string Anchor { get; }

    /// <summary>The claim the citation is written in, or null (a page that does not check claims, a heading, an editorial block).</summary>
    public ClaimEvidence? Claim { get; }

    /// <summary>The claim, or else the passage around the citation (its paragraph, list item or table row), as plain text, citations left out.</summary>
    public string Text { get; }
}
