using Markdig.Renderers;
using Site.Core.Linking;
using Site.Core.Parsing.Citations;

namespace Site.Core.Styles.Vancouver;

/// <summary>
/// Writes a citation Vancouver style: superscript numbers in ascending order, three or more
/// consecutive numbers collapsed into a range ("1–3,5"), each number a link to the page's reference
/// list (<c>&lt;a class="citation" data-cite="KEY" href="#ref-KEY"&gt;</c>; inside a link's text a
/// <c>&lt;span class="citation" data-cite="KEY"&gt;</c>). A work's number is its place in the page's order of first
/// citation. The citation's element has the id the reference list links back to.
/// </summary>
internal static class VancouverCitations
{
    /// <summary>
    /// Writes <paramref name="group"/> as it appears on a page whose citations are <paramref name="citations"/>: its
    /// prefixes, then the numbers; an author-in-text citation as the authors' names and the number ("Jones et al.¹"),
    /// then any further works of its bracket.
    /// </summary>
    public static void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations, PreparedStyle prepared)
    {
        renderer.Write("<span class=\"citation-group\" id=\"").WriteEscape(citations.AnchorOf(group)).Write("\">");
        var items = group.Items;
        if (group.InText)
        {
            var first = citations.WorkOf(items[0].Key)!;
            renderer.WriteEscape(NarrativeNames.Of(prepared.ReferenceOf(first).FrontMatter, prepared.Strings["and"]));
            WriteNumbers(renderer, group, [items[0]], citations, prepared.Strings);
            items = [.. items.Skip(1)];
            if (items.Count == 0)
            {
                renderer.Write("</span>");
                return;
            }
        }

        var prefixes = items.Select(i => i.Prefix).OfType<string>().ToList();
        if (prefixes.Count > 0)
        {
            renderer.Write(group.InText ? " " : string.Empty);
            CitationAffixes.WritePrefix(renderer, string.Join(' ', prefixes));
        }
        else if (group.InText)
        {
            // The bracket's further works join the in-text number: "Jones et al.¹,²".
            renderer.Write("<sup>,</sup>");
        }

        WriteNumbers(renderer, group, items, citations, prepared.Strings);
        renderer.Write("</span>");
    }

    /// <summary>Whether the group is set against the word before it: numbers alone, with no prefix or names before them.</summary>
    public static bool SetsAgainstWord(CitationGroup group) => !group.InText && group.Items.All(i => i.Prefix is null);

    [ThreadStatic]
    private static List<(int Number, string Key, string? Locator)>? Resolved;

    [ThreadStatic]
    private static List<string>? Unknown;

    private static void WriteNumbers(HtmlRenderer renderer, CitationGroup group, IReadOnlyList<CitationItem> items, PageCitations citations, Languages.SiteStrings strings)
    {
        renderer.Write("<sup>");
        // One pair of lists per rendering thread, reused citation after citation.
        var resolved = Resolved ??= [];
        var unknown = Unknown ??= [];
        resolved.Clear();
        unknown.Clear();
        foreach (var item in items)
        {
            if (citations.WorkOf(item.Key) is { } work)
            {
                resolved.Add((work.Order, item.Key, item.Locator));
            }
            else
            {
                unknown.Add(item.Key);
            }
        }

        // Inside a link's text a number cannot be a link too: it is written as text with the same hooks.
        var inLink = group.InLinkText;
        var parts = Parts(resolved);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                renderer.Write(',');
            }

            var (first, last, locator) = parts[i];
            WriteNumber(renderer, first, inLink, strings);
            if (last is { } end)
            {
                renderer.Write('–');
                WriteNumber(renderer, end, inLink, strings);
            }

            if (locator is null)
            {
                continue;
            }

            if (CitationAffixes.IsClosing(locator))
            {
                renderer.WriteEscape(locator);
            }
            else
            {
                renderer.Write("<span class=\"locator\">(");
                CitationAffixes.Write(renderer, locator);
                renderer.Write(")</span>");
            }
        }

        // Shown only while the build fails (preview): the key as written, marked.
        for (var i = 0; i < unknown.Count; i++)
        {
            var key = unknown[i];
            if (parts.Count > 0 || i > 0)
            {
                renderer.Write(',');
            }

            renderer.Write("<span class=\"citation-unknown\" title=\"").WriteEscape(strings["unknown_citation"]).Write("\">@").WriteEscape(key).Write("</span>");
        }

        renderer.Write("</sup>");
    }

    private static void WriteNumber(HtmlRenderer renderer, (int Number, string Key) cited, bool inLink, Languages.SiteStrings strings)
    {
        var number = cited.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var label = strings.FormatNumber("reference_number", "number", cited.Number);
        if (inLink)
        {
            renderer.Write("<span class=\"citation\" data-cite=\"").WriteEscape(cited.Key).Write("\">").Write(number).Write("</span>");
            return;
        }

        renderer.Write("<a class=\"citation\" href=\"#ref-").WriteEscape(cited.Key)
            .Write("\" data-cite=\"").WriteEscape(cited.Key)
            .Write("\" aria-label=\"").WriteEscape(label)
            .Write("\">").Write(number).Write("</a>");
    }

    /// <summary>
    /// The numbers to show: sorted, each once, runs of three or more without a locator collapsed to a range.
    /// A number with a locator ("p. 3") stands alone.
    /// </summary>
    internal static IReadOnlyList<((int Number, string Key) First, (int Number, string Key)? Last, string? Locator)> Parts(
        IReadOnlyList<(int Number, string Key, string? Locator)> cited)
    {
        var sorted = Sorted(cited);
        // The same work without a locator and with one: the bare number adds nothing.
        if (sorted.Exists(static c => c.Locator is not null))
        {
            var located = sorted.Where(c => c.Locator is not null).Select(c => c.Number).ToHashSet();
            sorted.RemoveAll(c => c.Locator is null && located.Contains(c.Number));
        }

        var parts = new List<((int, string), (int, string)?, string?)>();
        for (var i = 0; i < sorted.Count;)
        {
            if (sorted[i].Locator is { } locator)
            {
                parts.Add(((sorted[i].Number, sorted[i].Key), null, locator));
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < sorted.Count && sorted[end + 1].Locator is null && sorted[end + 1].Number == sorted[end].Number + 1)
            {
                end++;
            }

            if (end - i >= 2)
            {
                parts.Add(((sorted[i].Number, sorted[i].Key), (sorted[end].Number, sorted[end].Key), null));
            }
            else
            {
                for (var k = i; k <= end; k++)
                {
                    parts.Add(((sorted[k].Number, sorted[k].Key), null, null));
                }
            }

            i = end + 1;
        }

        return parts;
    }

    // Each (number, locator) once, as first written, ordered by number and the bare number before the located: what
    // DistinctBy and a stable OrderBy give, without their iterators for the one to four works of most brackets.
    private static List<(int Number, string Key, string? Locator)> Sorted(IReadOnlyList<(int Number, string Key, string? Locator)> cited)
    {
        if (cited.Count > 16)
        {
            return [.. cited.DistinctBy(c => (c.Number, c.Locator)).OrderBy(c => c.Number).ThenBy(c => c.Locator is not null)];
        }

        var sorted = new List<(int Number, string Key, string? Locator)>(cited.Count);
        foreach (var c in cited)
        {
            if (Contains(sorted, c.Number, c.Locator))
            {
                continue;
            }

            var at = sorted.Count;
            while (at > 0 && (sorted[at - 1].Number > c.Number || (sorted[at - 1].Number == c.Number && sorted[at - 1].Locator is not null && c.Locator is null)))
            {
                at--;
            }

            sorted.Insert(at, c);
        }

        return sorted;
    }

    private static bool Contains(List<(int Number, string Key, string? Locator)> sorted, int number, string? locator)
    {
        foreach (var s in sorted)
        {
            if (s.Number == number && s.Locator == locator)
            {
                return true;
            }
        }

        return false;
    }
}
