using System.Buffers;
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
    public static (byte[] Utf8, PageIds Ids) Apply(ReadOnlySpan<char> html)
    {
        var (inserts, ids) = Find(html);
        var bytes = new byte[Utf8Length(html, inserts)];
        Write(html, inserts, bytes);
        return (bytes, ids);
    }

    /// <summary>
    /// Adds the ids as <see cref="Apply(ReadOnlySpan{char})"/> does, into a buffer lent for the call: <paramref name="write"/> is given the
    /// page's UTF-8 and must not keep it. A build writes each page to its file so, without an array of its own for each page.
    /// </summary>
    /// <returns>Every id in the page (entities decoded).</returns>
    public static PageIds Apply(ReadOnlySpan<char> html, PageWriter write)
    {
        var (inserts, ids) = Find(html);
        var length = Utf8Length(html, inserts);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Write(html, inserts, rented.AsSpan(0, length));
            write(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return ids;
    }

    /// <summary>Takes a page's UTF-8, lent only for the call.</summary>
    public delegate void PageWriter(ReadOnlySpan<byte> utf8);

    private static (List<(int At, string Text)> Inserts, PageIds Ids) Find(ReadOnlySpan<char> html)
    {
        // Lent for the page: a page read inside another's post-processing gets a builder of its own.
        var ids = (Gathering ?? new PageIdsBuilder()).Clear();
        Gathering = null;
        List<Heading>? headings = null;
        var scanner = new HtmlTagScanner(html);
        Heading? open = null;
        var text = new StringBuilder();
        var lastEnd = 0;
        while (scanner.Next())
        {
            if (open is not null)
            {
                text.Append(html.Slice(lastEnd, scanner.TagStart - lastEnd));
            }

            lastEnd = scanner.TagEnd;
            // An empty id names nothing a link can reach.
            if (scanner.IdLength > 0)
            {
                var id = html.Slice(scanner.IdStart, scanner.IdLength);
                if (id.Contains('&'))
                {
                    ids.Add(WebUtility.HtmlDecode(id.ToString()));
                }
                else
                {
                    ids.Add(id);
                }
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
            open.Text = Decode(text.Append(html[lastEnd..]).ToString());
        }

        var inserts = headings is null ? [] : Inserts(headings, ids);
        var found = ids.ToPageIds();
        Gathering = ids;
        return (inserts, found);
    }

    [ThreadStatic]
    private static PageIdsBuilder? Gathering;

    // Each heading's id: its text's slug, numbered past every id the page has; the ids given are added to the page's.
    private static List<(int At, string Text)> Inserts(List<Heading> headings, PageIdsBuilder ids)
    {
        ids.Sort();
        var given = new HashSet<string>(StringComparer.Ordinal);
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
            while (ids.Contains(id) || !given.Add(id))
            {
                id = $"{slug}-{n++}";
            }

            next[slug] = n;

            // An empty id="" gets its value; otherwise the attribute goes right after the tag name.
            inserts.Add(heading.EmptyIdAt >= 0 ? (heading.EmptyIdAt, id) : (heading.NameEnd, $" id=\"{id}\""));
        }

        foreach (var id in given)
        {
            ids.Add(id);
        }

        return inserts;
    }

    // The length of the page as UTF-8 with the ids in place and a final newline.
    private static int Utf8Length(ReadOnlySpan<char> html, List<(int At, string Text)> inserts)
    {
        var length = Encoding.UTF8.GetByteCount(html) + (EndsWithNewline(html) ? 0 : 1);
        foreach (var insert in inserts)
        {
            length += Encoding.UTF8.GetByteCount(insert.Text);
        }

        return length;
    }

    // The page as UTF-8 with the ids in place and a final newline, written straight into bytes of its exact size.
    private static void Write(ReadOnlySpan<char> html, List<(int At, string Text)> inserts, Span<byte> bytes)
    {
        var (copied, written) = (0, 0);
        foreach (var (at, text) in inserts)
        {
            written += Encoding.UTF8.GetBytes(html[copied..at], bytes[written..]);
            written += Encoding.UTF8.GetBytes(text, bytes[written..]);
            copied = at;
        }

        written += Encoding.UTF8.GetBytes(html[copied..], bytes[written..]);
        if (!EndsWithNewline(html))
        {
            bytes[written] = (byte)'\n';
        }
    }

    private static bool EndsWithNewline(ReadOnlySpan<char> html) => html.Length > 0 && html[^1] == '\n';

    private static string Decode(string value) => value.Contains('&') ? WebUtility.HtmlDecode(value) : value;

    private sealed class Heading(int nameEnd, int emptyIdAt)
    {
        public int NameEnd { get; } = nameEnd;

        public int EmptyIdAt { get; } = emptyIdAt;

        public string Text { get; set; } = "";
    }
}
