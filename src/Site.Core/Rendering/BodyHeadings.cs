using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;
using Site.Core.Rendering.Models;
using Site.Core.Text;

namespace Site.Core.Rendering;

/// <summary>
/// The ids of a body's headings and the page's contents made from them. Each heading's id is the slug of its text as
/// readers see it (no citation numbers, links as their words), numbered past the ids the body has already (its claims'
/// anchors and its citations' <c>cite-N</c>) and past <c>reserved</c>, the ids the rest of the page gives; the ids are
/// decided here, before the page is written, so that the contents can link to them.
/// </summary>
internal static class BodyHeadings
{
    /// <summary>The fewest headings a page lists under "On this page"; a page with fewer has no contents.</summary>
    public const int ContentsMinimum = 3;

    /// <summary>Every heading of the body with its id, in document order.</summary>
    public static IReadOnlyList<(HeadingBlock Block, string Anchor)> Anchor(ParsedDocument document, SiteGraph graph, IReadOnlySet<string> reserved)
    {
        if (document.Headings.Count == 0)
        {
            return [];
        }

        // The ids the body has already, asked of what holds them rather than copied into one set for every page: a set of
        // its claims' anchors only when it has many, and "cite-N" by its number.
        var claims = document.Claims.Count > 16 ? document.Claims.Select(c => c.Anchor).ToHashSet(StringComparer.Ordinal) : null;
        var given = new HashSet<string>(StringComparer.Ordinal);
        bool Taken(string id) =>
            reserved.Contains(id)
            || (claims?.Contains(id) ?? document.Claims.Any(c => c.Anchor == id))
            || CitationAnchors.IsOneOf(id, document.Citations.Count)
            || !given.Add(id);

        var titleOf = TitlesFor(document, graph);
        var headings = new List<(HeadingBlock, string)>(document.Headings.Count);
        // Where numbering goes on for each slug, so that many headings of one text take linear time.
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Headings)
        {
            var slug = heading.Inline is { } inline ? Slug.From(PassageText.Of(inline, titleOf)) : string.Empty;
            if (slug.Length == 0)
            {
                slug = "section";
            }

            // As post-processing numbers the headings it gives ids: "-2", "-3"..., never an id the page has.
            var id = slug;
            var number = next.GetValueOrDefault(slug, 2);
            while (Taken(id))
            {
                id = $"{slug}-{number++}";
            }

            next[slug] = number;
            headings.Add((heading, id));
        }

        return headings;
    }

    /// <summary>
    /// "On this page": the second- and third-level headings of the body's own sections (not those in a quote, a list or a
    /// note), the third-level ones under the second-level one before them; empty when there are fewer than
    /// <see cref="ContentsMinimum"/>.
    /// </summary>
    public static IReadOnlyList<PageHeading> Contents(IReadOnlyList<(HeadingBlock Block, string Anchor)> anchored, ParsedDocument document, SiteGraph graph)
    {
        var listed = anchored.Where(h => h.Block.Level is 2 or 3 && IsSection(h.Block)).ToArray();
        if (listed.Length < ContentsMinimum)
        {
            return [];
        }

        var titleOf = TitlesFor(document, graph);
        var top = new List<PageHeading>();
        List<PageHeading>? under = null;
        foreach (var (block, anchor) in listed)
        {
            var heading = new PageHeading(anchor, block.Inline is { } inline ? PassageText.Of(inline, titleOf) : string.Empty, block.Level);
            if (block.Level == 3 && under is not null)
            {
                under.Add(heading);
                continue;
            }

            Close(top, under);
            top.Add(heading);
            under = block.Level == 2 ? [] : null;
        }

        Close(top, under);
        return top;
    }

    // A wiki link without a label reads as its target's title, as the page shows it: through the links the page records
    // reading (preview renders the page again when one of them changes), not the whole graph.
    private static Func<WikiLink, string> TitlesFor(ParsedDocument document, SiteGraph graph)
    {
        var targets = new Dictionary<WikiLink, ParsedDocument?>(ReferenceEqualityComparer.Instance);
        foreach (var link in graph.LinksFrom(document))
        {
            if (link.Node is WikiLink wiki)
            {
                targets[wiki] = link.Target;
            }
        }

        return link => link.Target.Length == 0 ? document.Source.Title
            : targets.GetValueOrDefault(link) is { } target ? target.Source.Title : link.Target;
    }

    // The second-level heading just listed takes the third-level ones gathered under it.
    private static void Close(List<PageHeading> top, List<PageHeading>? under)
    {
        if (under is { Count: > 0 })
        {
            top[^1] = top[^1] with { Subheadings = under };
        }
    }

    // A heading that opens a section of the body: at its top level, or in a named block (editorial text is still read).
    private static bool IsSection(HeadingBlock heading)
    {
        for (var parent = heading.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is not (MarkdownDocument or CustomContainer))
            {
                return false;
            }
        }

        return true;
    }
}
