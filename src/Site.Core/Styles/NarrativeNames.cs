using Site.Core.Content;

namespace Site.Core.Styles;

/// <summary>
/// How a work's authors read as part of a sentence, the author-in-text citation of every style ("Jones et al.¹ found",
/// "Jones et al. (2018) found"): "Jones", "Jones and Smith", "Jones et al." from three authors; a work without authors
/// by its title. Running text never uses APA's parenthetical '&amp;': the site's language's word for "and" joins two names.
/// </summary>
public static class NarrativeNames
{
    /// <summary>The authors' names, or null when the work has none; <paramref name="and"/> joins two ("and", "und").</summary>
    public static string? Of(IReadOnlyList<Author> authors, string and) => authors.Count switch
    {
        0 => null,
        1 => authors[0].Family,
        2 => $"{authors[0].Family} {and} {authors[1].Family}",
        _ => $"{authors[0].Family} et al.",
    };

    /// <summary>The authors' names, or the title of a work without authors.</summary>
    public static string Of(ReferenceFrontMatter reference, string and) => Of(reference.Authors, and) ?? reference.Title.Trim();
}
