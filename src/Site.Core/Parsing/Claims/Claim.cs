using Markdig.Syntax;
using Site.Core.Parsing.Citations;

namespace Site.Core.Parsing.Claims;

/// <summary>
/// A statement that needs a reference behind it: a paragraph, a leaf list item or a table body row
/// in a document whose kind checks claims. Found once, when the document is parsed.
/// </summary>
public sealed class Claim
{
    internal Claim(int number, Block block, int start, IReadOnlyList<CitationGroup> citations)
    {
        Number = number;
        Block = block;
        Start = start;
        Citations = citations;
    }

    /// <summary>Its number in the document, from 1, in document order.</summary>
    public int Number { get; }

    /// <summary>The id of its element on the page: "claim-3".</summary>
    public string Anchor => ClaimFinder.AnchorOf(Number);

    /// <summary>The paragraph, list item or table row.</summary>
    public Block Block { get; }

    /// <summary>Where its text starts, as a position in the body.</summary>
    public int Start { get; }

    /// <summary>The citations written in it, in document order.</summary>
    public IReadOnlyList<CitationGroup> Citations { get; }
}
