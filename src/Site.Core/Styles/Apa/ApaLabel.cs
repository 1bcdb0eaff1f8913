using Site.Core.Content;

namespace Site.Core.Styles.Apa;

/// <summary>
/// A work as APA cites it in the text: its authors' names ("Jones et al.") or, without authors, its title (quoted
/// for an article or a chapter, in italics for a standalone work), and its year with any suffix ("2018a").
/// </summary>
/// <param name="Names">The names, or the title when the work has no author.</param>
/// <param name="Year">The year with its suffix, or "n.d.".</param>
/// <param name="Title">How a title in place of names is set; <see cref="ApaTitle.None"/> for names.</param>
internal sealed record ApaLabel(string Names, string Year, ApaTitle Title)
{
    /// <summary>The label of a reference with the suffix the site gave it.</summary>
    public static ApaLabel Of(ReferenceFrontMatter reference, string? suffix)
    {
        var year = ApaFormatter.Year(reference.Issued, suffix);
        return ApaNames.InText(reference.Authors) is { } names
            ? new ApaLabel(names, year, ApaTitle.None)
            : new ApaLabel(reference.Title.Trim(), year, ApaFormatter.IsPart(reference) ? ApaTitle.Quoted : ApaTitle.Italic);
    }

    /// <summary>The label as plain text: "Jones et al., 2018a", "“Title,” 2018", "Title, 2018".</summary>
    public string Text => Title == ApaTitle.Quoted ? $"“{Names},” {Year}" : $"{Names}, {Year}";
}
