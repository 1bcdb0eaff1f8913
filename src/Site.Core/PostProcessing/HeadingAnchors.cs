using System.Net;
using System.Text;
using Site.Core.Text;

namespace Site.Core.PostProcessing;

/// <summary>
/// Gives every heading without an id a stable one from its text ("## Dosing" gets id="dosing") and
/// collects the ids the page then has: the anchors a link can point at. One linear scan of the page's
/// tags (<see cref="HtmlTagScanner"/>) and one copy into UTF-8, whatever the page's size or nesting.
/// </summary>
public static class HeadingAnchors
{
    /// <summary>
    /// Adds the ids; a repeated heading gets "-2", "-3"... and never takes an id already in the page.
    /// </summary>
    /// <returns>The page with the ids added, as UTF-8 ending in a newline, and every id in it (entities decoded).</returns>
    public static (byte[] Utf8, HashSet<string> Ids) Apply(string html)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        List<Heading>? headings = null;
        var scanner = new HtmlTagScanner(html);
        Heading? open = null;
        var text = new StringBuilder();
        var lastEnd = 0;
        while (scanner.Next())
        {
            if (open is not null)
            {
                text.Append(html, lastEnd, scanner.TagStart - lastEnd);
            }

            lastEnd = scanner.TagEnd;
            // An empty id names nothing a link can reach.
            if (scanner.IdLength > 0)
            {
                taken.Add(Decode(html.Substring(scanner.IdStart, scanner.IdLength)));
            }

            var isHeading = scanner.IsHeading;
            // A heading ends at its end tag, or where another heading starts (headings do not nest).
            if (open is not null && isHeading)
            {
                open.Text = Decode(text.ToString());
                open = null;
            }

            if (isHeading && !scanner.IsEnd && scanner.IdLength == 0)
            {
                open = new Heading(scanner.NameEnd, scanner.IdStart);
                (headings ??= []).Add(open);
                text.Clear();
            }
        }

        if (open is not null)
        {
            open.Text = Decode(text.Append(html, lastEnd, html.Length - lastEnd).ToString());
        }

        var inserts = headings is null ? [] : Inserts(headings, taken);
        return (Write(html, inserts), taken);
    }

    // Each heading's id: its text's slug, numbered past every id the page has.
    private static List<(int At, string Text)> Inserts(List<Heading> headings, HashSet<string> taken)
    {
        var inserts = new List<(int At, string Text)>(headings.Count);
        // Where numbering goes on for each slug, so that many headings of one text take linear time.
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var slug = Slug.From(heading.Text);
            if (slug.Length == 0)
            {
                slug = "section";
            }

            var id = slug;
            var n = next.GetValueOrDefault(slug, 2);
            while (!taken.Add(id))
            {
                id = $"{slug}-{n++}";
            }

            next[slug] = n;

            // An empty id="" gets its value; otherwise the attribute goes right after the tag name.
            inserts.Add(heading.EmptyIdAt >= 0 ? (heading.EmptyIdAt, id) : (heading.NameEnd, $" id=\"{id}\""));
        }

        return inserts;
    }

    // The page as UTF-8 with the ids in place and a final newline, written straight into one array of its exact size.
    private static byte[] Write(string html, List<(int At, string Text)> inserts)
    {
        var newline = html.EndsWith('\n') ? 0 : 1;
        var length = Encoding.UTF8.GetByteCount(html) + newline;
        foreach (var insert in inserts)
        {
            length += Encoding.UTF8.GetByteCount(insert.Text);
        }

        var bytes = new byte[length];
        var (copied, written) = (0, 0);
        foreach (var (at, text) in inserts)
        {
            written += Encoding.UTF8.GetBytes(html.AsSpan(copied, at - copied), bytes.AsSpan(written));
            written += Encoding.UTF8.GetBytes(text, bytes.AsSpan(written));
            copied = at;
        }

        written += Encoding.UTF8.GetBytes(html.AsSpan(copied), bytes.AsSpan(written));
        if (newline == 1)
        {
            bytes[written] = (byte)'\n';
        }

        return bytes;
    }

    private static string Decode(string value) => value.Contains('&') ? WebUtility.HtmlDecode(value) : value;

    private sealed class Heading(int nameEnd, int emptyIdAt)
    {
        public int NameEnd { get; } = nameEnd;

        public int EmptyIdAt { get; } = emptyIdAt;

        public string Text { get; set; } = "";
    }
}
