namespace Site.Core.Rendering.Models;

/// <summary>
/// One grid of the evidence map: substances by the documents of a kind they list or link to (mechanisms, conditions).
/// A cell counts the claims on the substance's page that link to the column's page and the distinct references behind
/// them, and links to the list of those claims below the grid.
/// </summary>
public sealed record EvidenceGrid
{
    /// <summary>The columns' kind, as readers read it ("mechanism").</summary>
    public required string Noun { get; init; }

    /// <summary>The columns' kind in the plural ("mechanisms").</summary>
    public required string PluralNoun { get; init; }

    /// <summary>The id the grid's caption, headings and connections take theirs from ("evidence-grid"), unique on the page.</summary>
    public required string IdPrefix { get; init; }

    /// <summary>The id of the heading of the connections below the grid ("connections"), unique on the page.</summary>
    public required string ConnectionsId { get; init; }

    /// <summary>That heading ("Connections").</summary>
    public required string ConnectionsTitle { get; init; }

    /// <summary>The heading above the grid, or null for the page's first grid, which its title heads.</summary>
    public string? Heading { get; init; }

    /// <summary>What the map says when no substance lists or links to one; null to leave the grid out then.</summary>
    public string? EmptyText { get; init; }

    /// <summary>The rows: substances that list or link to a column's page, in title order.</summary>
    public required IReadOnlyList<PageLink> Substances { get; init; }

    /// <summary>The columns, in title order.</summary>
    public required IReadOnlyList<PageLink> Columns { get; init; }

    /// <summary>Every substance-column pair that is listed or linked, by substance then column.</summary>
    public required IReadOnlyList<EvidencePair> Pairs { get; init; }

    /// <summary>Whether the grid is small enough to read, with every connecting claim quoted; a larger one lists the pairs by column.</summary>
    public bool ShowGrid => EvidenceMapPageModel.Fits(Substances.Count, Columns.Count);

    /// <summary>The pair for a cell, or null when the substance neither lists nor links to the column's page.</summary>
    public EvidencePair? PairOf(PageLink substance, PageLink column)
    {
        _byCell ??= Pairs.ToDictionary(p => (p.Substance.Url, p.Target.Url));
        return _byCell.GetValueOrDefault((substance.Url, column.Url));
    }

    /// <summary>The grid's rows: each substance with its pair in every column, in order.</summary>
    public IReadOnlyList<EvidenceRow> Rows => field ??= [.. Substances.Select(s => new EvidenceRow(s, [.. Columns.Select(c => PairOf(s, c))]))];

    /// <summary>The pairs by column, columns by title: what the map lists when the grid is too large to draw.</summary>
    public IReadOnlyList<EvidenceTargetGroup> Groups => field ??=
    [
        .. Pairs.GroupBy(p => p.Target).OrderBy(g => g.Key.Title, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.Url, StringComparer.Ordinal)
            .Select(g => new EvidenceTargetGroup(g.Key, [.. g])),
    ];

    /// <summary>The grid's caption, in the site's language.</summary>
    public required string Caption { get; init; }

    /// <summary>What a pair's summary adds when the substance lists the column's page, <c>{substance}</c> its title to fill in ("{substance} lists this mechanism").</summary>
    public required string ListedNote { get; init; }

    /// <summary>What the map says instead of a grid too large to draw, <c>{substances}</c> and <c>{columns}</c> the numbers to fill in.</summary>
    public required string TooLargeNote { get; init; }

    /// <summary>The heading of the pairs listed by column when the grid is too large ("Connections by mechanism").</summary>
    public required string ConnectionsByTitle { get; init; }

    private Dictionary<(string, string), EvidencePair>? _byCell;
}
