namespace Site.Core.Search;

/// <summary>One thing a search can find: a page, a reference or a claim, with what a result shows of it and the text it is found by.</summary>
/// <param name="Kind">One of <see cref="SearchRecordKind.All"/>.</param>
/// <param name="Title">Its title; a claim's is its page's.</param>
/// <param name="Url">Its site URL, with the claim's anchor for a claim ("/substances/ketamine/#claim-3").</param>
/// <param name="Text">The text a result quotes from: the page's text, the claim, the reference's abstract and annotation.</param>
/// <param name="Levels">The evidence levels behind it, by name, strongest first: a reference's own, those of a claim's references; empty otherwise.</param>
public sealed record SearchRecord(string Kind, string Title, string Url, string Text, IReadOnlyList<string> Levels)
{
    /// <summary>The reference's authors, journal and year, as a result shows them under its title; null for other kinds.</summary>
    public string? Details { get; init; }
}
