namespace Site.Core.Content;

/// <summary>The typed front matter of a document; one record per kind.</summary>
/// <param name="Title">The title; when missing the id stands in, and a diagnostic says so.</param>
public abstract record FrontMatter(string Title)
{
    /// <summary>Each single-value field as written, with its position: what analyzers point at.</summary>
    public IReadOnlyDictionary<string, Sourced<string>> Positions { get; init; } = new Dictionary<string, Sourced<string>>();

    /// <summary>The fields whose value is marked <c>!unfinished</c> (still to be written), by name, at their values.</summary>
    public IReadOnlyList<Sourced<string>> Unfinished { get; init; } = [];

    /// <summary>When the claims of the page were last checked against their references (<c>reviewed</c>), for the kinds that have the field.</summary>
    public virtual DateOnly? LastReviewed => null;

    /// <summary>The plain text shown beside the title in lists and in meta descriptions (a summary or description), or null.</summary>
    public virtual string? Synopsis => null;
}
