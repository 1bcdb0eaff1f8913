using System.Globalization;
using Markdig.Extensions.Footnotes;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// The ids of a page's notes and of the references to them, as Markdig names them: <c>fn:2</c> is the second note,
/// <c>fnref:3</c> the third reference to any note. The colon keeps them apart from every other id a page has.
/// </summary>
public static class FootnoteIds
{
    /// <summary>The id of a note's list item, by its number.</summary>
    public static string Note(Footnote note) => "fn:" + note.Order.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a reference to a note (its back-link leads there), by the reference's number on the page.</summary>
    public static string Reference(FootnoteLink link) => "fnref:" + link.Index.ToString(CultureInfo.InvariantCulture);
}
