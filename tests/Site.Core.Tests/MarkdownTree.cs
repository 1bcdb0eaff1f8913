using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Core.Tests;

/// <summary>Where an inline sits in a Markdig tree.</summary>
internal static class MarkdownTree
{
    /// <summary>The paragraph (or other leaf block) whose text holds <paramref name="inline"/>.</summary>
    public static LeafBlock? LeafOf(Inline inline)
    {
        while (inline.Parent is { } parent)
        {
            inline = parent;
        }

        return (inline as ContainerInline)?.ParentBlock;
    }

    /// <summary>
    /// Asserts that the spans do not overlap and that inlines side by side in one container come in the order of the text.
    /// Beyond that the order is the tree's, which Markdig may rearrange: a table made of broken pipes in a paragraph, say.
    /// </summary>
    public static void ShouldBeApartAndInOrder<T>(IReadOnlyList<T> inlines)
        where T : Inline
    {
        foreach (var siblings in inlines.GroupBy(i => i.Parent))
        {
            siblings.Select(i => i.Span.Start).ShouldBeInOrder(SortDirection.Ascending, "in the order of the text within a container");
        }

        var byStart = inlines.OrderBy(i => i.Span.Start).ToArray();
        for (var i = 1; i < byStart.Length; i++)
        {
            byStart[i].Span.Start.ShouldBeGreaterThan(byStart[i - 1].Span.End, "apart");
        }
    }
}
