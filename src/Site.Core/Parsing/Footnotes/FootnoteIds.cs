using System.Globalization;
using Markdig.Extensions.Footnotes;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// The ids of a page's notes and of the references to them, numbered as Markdig numbers them: <c>fn_2</c> is the second
/// note, <c>fnref_3</c> the third reference to any note. The underscore keeps them apart from every other id a page has:
/// heading slugs, claim anchors and <c>cite-N</c> are lower-case kebab, and a reference's <c>ref-KEY</c> starts otherwise.
/// Not Markdig's <c>fn:2</c>: a colon is no letter, digit, dash or underscore, which is all an id of this site holds.
/// </summary>
public static class FootnoteIds
{
    /// <summary>The id of a note's list item, by its number.</summary>
    public static string Note(Footnote note) => "fn_" + note.Order.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a reference to a note (its back-link leads there), by the reference's number on the page.</summary>
    public static string Reference(FootnoteLink link) => "fnref_" + link.Index.ToString(CultureInfo.InvariantCulture);
}
