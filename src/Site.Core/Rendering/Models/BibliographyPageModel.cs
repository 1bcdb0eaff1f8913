namespace Site.Core.Rendering.Models;

/// <summary>The bibliography, <c>/references/</c>: every reference, grouped by evidence level, strongest first.</summary>
public sealed record BibliographyPageModel : PageModel
{
    /// <summary>The groups, strongest evidence first; "not assessed" last; empty groups left out.</summary>
    public required IReadOnlyList<BibliographyGroup> Groups { get; init; }

    /// <summary>The retracted works, apart from the groups and not counted in them, in the bibliography's order.</summary>
    public IReadOnlyList<BibliographyEntry> Retracted { get; init; } = [];

    /// <summary>The number of references counted (retracted works left out).</summary>
    public int Count => Groups.Sum(g => g.Entries.Count);
}
