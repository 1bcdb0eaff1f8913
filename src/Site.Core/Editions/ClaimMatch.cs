namespace Site.Core.Editions;

/// <summary>How a claim of the new edition was found to be one of the old.</summary>
public enum ClaimMatch
{
    /// <summary>The same anchor on the same page (or on the page it moved to).</summary>
    Anchor,

    /// <summary>A new anchor whose text is close to that of a claim no longer there (<see cref="ClaimSimilarity"/>).</summary>
    Text,
}
