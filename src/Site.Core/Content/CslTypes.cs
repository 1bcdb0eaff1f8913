namespace Site.Core.Content;

/// <summary>The CSL 1.0.2 item types a reference may have, and the fields each needs to be found again.</summary>
public static class CslTypes
{
    /// <summary>A journal article, the most common type.</summary>
    public const string ArticleJournal = "article-journal";

    /// <summary>Every CSL type name.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
        "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
        "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
        "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
        "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
        "standard", "thesis", "treaty", "webpage",
    ];

    /// <summary>
    /// The fields (besides <c>title</c>) a reader needs to find a work of this type again, by their
    /// front matter names; for a journal article: authors, journal and year. A work with no named
    /// author leaves <c>author</c> out, and is not asked for one.
    /// </summary>
    public static IReadOnlyList<string> RequiredFields(string type) => type switch
    {
        "article-journal" or "chapter" or "paper-conference" => ["author", "container-title", "issued"],
        "article-magazine" or "article-newspaper" => ["container-title", "issued"],
        "book" or "thesis" or "article" => ["author", "issued"],
        "report" => ["issued"],
        "webpage" or "post" or "post-weblog" => ["URL"],
        _ => [],
    };

    /// <summary>What readers call a type: "Journal article", "Book chapter", "Web page".</summary>
    public static string Label(string? type) => type switch
    {
        null => "Work",
        "article-journal" => "Journal article",
        "article" => "Article or preprint",
        "article-magazine" => "Magazine article",
        "article-newspaper" => "Newspaper article",
        "chapter" => "Book chapter",
        "paper-conference" => "Conference paper",
        "webpage" => "Web page",
        "post-weblog" => "Blog post",
        "legal_case" => "Legal case",
        "motion_picture" => "Film",
        "personal_communication" => "Personal communication",
        _ => char.ToUpperInvariant(type[0]) + type[1..].Replace('-', ' ').Replace('_', ' '),
    };

    /// <summary>Whether a type is a serial (journal, magazine, newspaper) rather than a monograph.</summary>
    public static bool IsSerial(string? type) =>
        type is "article-journal" or "article-magazine" or "article-newspaper" or "periodical" or "post-weblog" or "review" or "review-book";
}
