namespace Site.Core.Search;

/// <summary>The terms of one record, by their numbers in the index's <see cref="SearchTermPool"/>, each with its field-weighted count.</summary>
/// <param name="Terms">The terms' numbers, each once.</param>
/// <param name="Counts">How often each occurs, times its field's weight.</param>
/// <param name="Length">How many terms the record has, repeats counted.</param>
internal readonly record struct CountedTerms(int[] Terms, int[] Counts, int Length);
