namespace Site.Core.Rendering.Models;

/// <summary>A claim that changed since the previous edition: its text, its citations, its evidence, its references' status.</summary>
/// <param name="Before">Its text before.</param>
/// <param name="After">Its text now.</param>
/// <param name="Url">The site URL of the claim now, with its anchor.</param>
public sealed record ClaimRevision(string Before, string After, string Url)
{
    /// <summary>Whether the text changed, not only what it cites.</summary>
    public bool TextChanged => !string.Equals(Before, After, StringComparison.Ordinal);

    /// <summary>The works it cites now and did not before.</summary>
    public IReadOnlyList<CitedKey> CitationsAdded { get; init; } = [];

    /// <summary>The works it cited before and does not now.</summary>
    public IReadOnlyList<CitedKey> CitationsRemoved { get; init; } = [];

    /// <summary>The evidence levels behind it before, in words ("Randomised controlled trial"), or null when they did not change.</summary>
    public string? EvidenceBefore { get; init; }

    /// <summary>The evidence levels behind it now, in words, or null when they did not change.</summary>
    public string? EvidenceAfter { get; init; }

    /// <summary>The works whose retraction status changed.</summary>
    public IReadOnlyList<StatusRevision> StatusChanges { get; init; } = [];
}
