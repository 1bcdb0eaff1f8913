using System.Net;
using System.Text.RegularExpressions;

namespace Site.Core.Importing.Online;

/// <summary>
/// Text from a registration agency or PubMed as an imported entry holds it: markup (JATS <c>&lt;jats:p&gt;</c>,
/// <c>&lt;i&gt;</c>, <c>&lt;sup&gt;</c>) taken out, entities decoded, white space folded to single spaces.
/// </summary>
internal static partial class PlainText
{
    // Elements that separate words, as a paragraph does; any other tag sits inside a word ("<i>E</i>. coli").
    private static readonly HashSet<string> Separating = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "title", "sec", "br", "list", "list-item", "abstract", "div", "label",
    };

    /// <summary>The plain text of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        // Tags, then entities, then tags again: the sources escape a literal '<' as &lt; (so a raw '<' is markup), and
        // esummary sends its titles' markup escaped (&lt;i&gt;), which only shows as tags once decoded.
        return Space().Replace(Untagged(WebUtility.HtmlDecode(Untagged(text))), " ").Trim();
    }

    private static string Untagged(string text) => Tag().Replace(text, m => Separating.Contains(m.Groups["name"].Value) ? " " : string.Empty);

    /// <summary><paramref name="text"/> with its white space folded to single spaces (for text an XML parser has already decoded).</summary>
    public static string Folded(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"</?(?:[A-Za-z][\w.-]*:)?(?<name>[A-Za-z][\w.-]*)(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
