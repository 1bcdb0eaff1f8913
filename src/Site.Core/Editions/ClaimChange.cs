namespace Site.Core.Editions;

/// <summary>A claim in both editions that is not the same in both: its text, what it cites, its evidence or the status of its works.</summary>
/// <param name="Before">The claim in the old edition.</param>
/// <param name="After">The claim in the new edition.</param>
/// <param name="Match">How the two were matched.</param>
public sealed record ClaimChange(EditionClaim Before, EditionClaim After, ClaimMatch Match)
{
    /// <summary>The page it is on now.</summary>
    public string Page => After.Page;

    /// <summary>Its anchor now.</summary>
    public string Anchor => After.Anchor;

    /// <summary>True when its text was edited.</summary>
    public bool TextChanged => !string.Equals(Before.Text, After.Text, StringComparison.Ordinal);

    /// <summary>The keys it cites now and did not before, in citing order.</summary>
    public IReadOnlyList<string> CitationsAdded => [.. After.Keys.Except(Before.Keys, StringComparer.Ordinal)];

    /// <summary>The keys it cited before and does not now.</summary>
    public IReadOnlyList<string> CitationsRemoved => [.. Before.Keys.Except(After.Keys, StringComparer.Ordinal)];

    /// <summary>True when the evidence levels behind it differ.</summary>
    public bool EvidenceChanged => !Before.Evidence.SequenceEqual(After.Evidence, StringComparer.Ordinal);

    /// <summary>The works whose retraction status, as this claim cites them, differs, in key order.</summary>
    public IReadOnlyList<StatusChange> StatusChanges =>
    [
        .. Before.Statuses.Keys.Union(After.Statuses.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(k => new StatusChange(k, Before.Statuses.GetValueOrDefault(k), After.Statuses.GetValueOrDefault(k)))
            .Where(s => !string.Equals(s.Before, s.After, StringComparison.Ordinal)),
    ];

    /// <summary>True when anything a reader would see differs; a claim that only moved with its page is no change of its own.</summary>
    public bool IsChange => TextChanged || CitationsAdded.Count > 0 || CitationsRemoved.Count > 0 || EvidenceChanged || StatusChanges.Count > 0
        || !string.Equals(Before.Anchor, After.Anchor, StringComparison.Ordinal);
}
