using Markdig.Syntax;
using Site.Core.Parsing.Citations;

namespace Site.Core.Parsing.Claims;

/// <summary>
/// A statement that needs a reference behind it: a paragraph, a leaf list item or a table body row
/// in a document whose kind checks claims. Found once, when the document is parsed.
/// </summary>
public sealed class Claim
{
    internal Claim(int number, Block block, int start, IReadOnlyList<CitationGroup> citations, IReadOnlyList<ClaimPin> pins)
    {
        Number = number;
        Block = block;
        Start = start;
        Citations = citations;
        Pins = pins;
    }

    /// <summary>Its number in the document, from 1, in document order: where it is, not what links use.</summary>
    public int Number { get; }

    /// <summary>
    /// The id of its element on the page: the pinned id ("claim-dose"), or one derived from its text
    /// ("claim-k3vq7ban", "claim-k3vq7ban-2" for a repeat); see <see cref="ClaimAnchors"/>.
    /// </summary>
    public string Anchor { get; internal set; } = "";

    /// <summary>Whether an editor's pin gave it its anchor.</summary>
    public bool IsPinned => Pins.Any(p => p.Problem is PinProblem.None or PinProblem.AnotherClaimsAnchor);

    /// <summary>The pins written at its end (usually none, at most one that works), with their problems.</summary>
    public IReadOnlyList<ClaimPin> Pins { get; internal set; }

    /// <summary>The paragraph, list item or table row.</summary>
    public Block Block { get; }

    /// <summary>Where its text starts, as a position in the body.</summary>
    public int Start { get; }

    /// <summary>The citations written in it, in document order.</summary>
    public IReadOnlyList<CitationGroup> Citations { get; }
}
