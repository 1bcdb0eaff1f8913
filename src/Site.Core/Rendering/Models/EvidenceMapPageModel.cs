namespace Site.Core.Rendering.Models;

/// <summary>
/// The evidence map, <c>/evidence/</c>: substances by mechanisms. A cell counts the claims on the
/// substance's page that link to the mechanism and the distinct references behind them, and links to
/// the list of those claims below the grid.
/// </summary>
public sealed record EvidenceMapPageModel : PageModel
{
    /// <summary>The rows: substances that list or link to a mechanism, in title order.</summary>
    public required IReadOnlyList<PageLink> Substances { get; init; }

    /// <summary>The columns: mechanisms listed by or linked from a substance, in title order.</summary>
    public required IReadOnlyList<PageLink> Mechanisms { get; init; }

    /// <summary>Every substance-mechanism pair that is listed or linked, by substance then mechanism.</summary>
    public required IReadOnlyList<EvidencePair> Pairs { get; init; }

    /// <summary>Whether the grid is small enough to read, with every connecting claim quoted; a larger map lists the pairs by mechanism.</summary>
    public bool ShowGrid => Fits(Substances.Count, Mechanisms.Count);

    /// <summary>Whether a map of this many substances and mechanisms is shown as a grid.</summary>
    public static bool Fits(int substances, int mechanisms) => mechanisms is > 0 and <= MaxGridColumns && substances <= MaxGridRows;

    /// <summary>The most mechanisms the grid shows as columns.</summary>
    public const int MaxGridColumns = 24;

    /// <summary>The most substances the grid shows as rows.</summary>
    public const int MaxGridRows = 200;

    /// <summary>The pair for a cell, or null when the substance neither lists nor links to the mechanism.</summary>
    public EvidencePair? PairOf(PageLink substance, PageLink mechanism)
    {
        _byCell ??= Pairs.ToDictionary(p => (p.Substance.Url, p.Mechanism.Url));
        return _byCell.GetValueOrDefault((substance.Url, mechanism.Url));
    }

    private Dictionary<(string, string), EvidencePair>? _byCell;
}
