using Site.Core.Parsing.PinnedAnchors;

namespace Site.Core.Parsing.Claims;

/// <summary>A pin written at the end of a claim, and what became of it.</summary>
/// <param name="Pin">The pin, as parsed; no longer in the tree.</param>
/// <param name="Problem">Why it does not pin the claim, or clashes, or <see cref="PinProblem.None"/>.</param>
/// <param name="Other">The claim it clashes with, for <see cref="PinProblem.UsedTwice"/> and <see cref="PinProblem.AnotherClaimsAnchor"/>.</param>
public sealed record ClaimPin(PinnedAnchor Pin, PinProblem Problem, Claim? Other = null)
{
    /// <summary>The id as written, between "{#" and "}".</summary>
    public string Id => Pin.Written;
}
