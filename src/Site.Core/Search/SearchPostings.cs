namespace Site.Core.Search;

/// <summary>The index's terms, in ordinal order, each with the records it finds and how well: record numbers ascending, scores beside them.</summary>
/// <param name="Keys">The terms, and the prefixes (a prefix key ends with <see cref="PrefixMark"/>), ordinal order.</param>
/// <param name="Records">For each key, the record numbers it finds, ascending.</param>
/// <param name="Scores">For each key, the score of each record, beside <paramref name="Records"/>.</param>
public sealed record SearchPostings(IReadOnlyList<string> Keys, IReadOnlyList<int[]> Records, IReadOnlyList<int[]> Scores)
{
    /// <summary>What ends the key of a prefix: "ke*" finds the best records of every term that starts with "ke". Sorts before letters and digits, so a prefix's key sits beside its terms.</summary>
    public const char PrefixMark = '*';
}
