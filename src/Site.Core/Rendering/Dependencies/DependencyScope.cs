using Site.Core.Editions;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Styles;

namespace Site.Core.Rendering.Dependencies;

/// <summary>Everything a page can read, in one compilation: the graph, the build date and what changed since the previous edition.</summary>
public sealed class DependencyScope
{
    private readonly Lazy<Dictionary<string, ParsedDocument>.AlternateLookup<ReadOnlySpan<char>>> _byPath;
    private readonly Lazy<Fingerprint> _marks;

    /// <param name="graph">The site.</param>
    /// <param name="today">The build date.</param>
    public DependencyScope(SiteGraph graph, DateOnly today)
    {
        Graph = graph;
        Today = today;
        _byPath = new(() => graph.Documents.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
        _marks = new(() => FingerprintWriter.Of(graph, (writer, g) =>
        {
            writer.Maybe(g.Config.EvidenceMaxAgeYears).Number(g.Today?.DayNumber ?? -1);
            foreach (var reference in g.Documents)
            {
                if (g.RetractionOf(reference) is { } notice)
                {
                    writer.Text(reference.Source.RelativePath).Number((long)notice.Nature);
                }
            }
        }));
    }

    /// <summary>The site.</summary>
    public SiteGraph Graph { get; }

    /// <summary>The build date, which pages tell overdue reviews by.</summary>
    public DateOnly Today { get; }

    /// <summary>What changed since the previous edition, known once claims.json was compared with it; null without one.</summary>
    public EditionChanges? Changes { get; internal set; }

    /// <summary>The fingerprint of what marks claims beyond their references: the retraction notices, the build date and the age limit of evidence.</summary>
    public Fingerprint Marks => _marks.Value;

    /// <summary>The citation style prepared for this compilation (its labels' suffixes), known once prepared.</summary>
    public PreparedStyle? Style { get; internal set; }

    /// <summary>The document loaded from a path under input/, or null when there is none now.</summary>
    public ParsedDocument? DocumentAt(string path) => DocumentAt(path.AsSpan());

    /// <summary>The document loaded from a path under input/ (a part of a read's key), or null when there is none now.</summary>
    internal ParsedDocument? DocumentAt(ReadOnlySpan<char> path) => _byPath.Value.TryGetValue(path, out var document) ? document : null;
}
