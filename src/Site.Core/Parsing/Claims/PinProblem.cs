namespace Site.Core.Parsing.Claims;

/// <summary>Why a pin written at the end of a claim does not give it its anchor, or clashes with another.</summary>
public enum PinProblem
{
    /// <summary>It pins the claim.</summary>
    None,

    /// <summary>Not "claim-" and lower-case kebab.</summary>
    NotAnId,

    /// <summary>The claim already has a pin.</summary>
    SecondPin,

    /// <summary>An earlier claim of the page is pinned to the same id.</summary>
    UsedTwice,

    /// <summary>It pins the claim, but another claim's text derives the same anchor, which that claim then cannot have.</summary>
    AnotherClaimsAnchor,
}
