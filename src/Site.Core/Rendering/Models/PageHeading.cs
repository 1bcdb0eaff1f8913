namespace Site.Core.Rendering.Models;

/// <summary>
/// A heading of a page's body as "On this page" lists it: a second-level heading with the third-level headings under
/// it, or a third-level one that comes before any second-level heading.
/// </summary>
/// <param name="Anchor">The heading's id on the page ("dosing"), which the link to it ends with.</param>
/// <param name="Text">The heading as plain text: no markup, links as their words, no citation numbers or note marks.</param>
/// <param name="Level">2 or 3, as the heading is written (<c>##</c> or <c>###</c>).</param>
public sealed record PageHeading(string Anchor, string Text, int Level)
{
    /// <summary>The third-level headings under this one, in the order of the text; empty for a third-level heading.</summary>
    public IReadOnlyList<PageHeading> Subheadings { get; init; } = [];
}
