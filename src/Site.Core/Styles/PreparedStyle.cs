using System.Collections.Concurrent;
using Markdig.Renderers;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Rendering.Models;

using Site.Core.Rendering.Dependencies;

namespace Site.Core.Styles;

/// <summary>
/// A citation style made ready for one compilation of a site: the labels it assigned across the site's references
/// (year suffixes), and each reference's entry, formatted the first time a page asks for it. It belongs to the
/// compilation that made it; the next one may take over an entry only when nothing it was made from changed.
/// </summary>
public sealed class PreparedStyle
{
    private readonly IReadOnlyDictionary<string, string> _suffixes;
    private readonly KindNodes<ReferenceFrontMatter> _references;
    private readonly ConcurrentDictionary<ParsedDocument, ReferenceEntry> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<ParsedDocument, ReferenceEntry>? _earlier;

    private readonly Languages.SiteStrings _strings;

    private PreparedStyle(ICitationStyle style, KindNodes<ReferenceFrontMatter> references, PreparedStyle? previous, Languages.SiteStrings strings)
    {
        Style = style;
        _strings = strings;
        _references = references;
        var suffixes = style.Disambiguate(references);
        _suffixes = suffixes;
        // Only the previous compilation's entries are kept, not the compilation itself: no chain of builds stays alive.
        _earlier = previous is not null && previous.Style == style && previous._strings == strings ? previous._entries : null;
    }

    /// <summary>The style.</summary>
    public ICitationStyle Style { get; }

    /// <summary>
    /// The site's style (site.yml's <c>citationStyle</c>) prepared for <paramref name="graph"/>; entries of
    /// <paramref name="previous"/> are reused for references whose document and label are unchanged.
    /// </summary>
    public static PreparedStyle For(SiteGraph graph, PreparedStyle? previous = null)
    {
        var style = CitationStyles.Of(graph.Config);
        return new PreparedStyle(style, graph.References, previous, graph.Config.Strings);
    }

    /// <summary>The year suffix assigned to a reference ("a"), or null.</summary>
    public string? SuffixOf(string key)
    {
        // A label's suffix depends on the other works of the same author and year: the page that shows it reads it.
        PageReads.Current?.Read(DependencyKinds.StyleSuffix, key, null);
        return _suffixes.GetValueOrDefault(key);
    }

    /// <summary>The reference ids whose suffix is not the one <paramref name="previous"/> gave them: every page showing them must change.</summary>
    public IReadOnlySet<string> SuffixesChangedSince(PreparedStyle? previous)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var before = previous?._suffixes ?? new Dictionary<string, string>();
        foreach (var key in _suffixes.Keys.Union(before.Keys))
        {
            if (_suffixes.GetValueOrDefault(key) != before.GetValueOrDefault(key))
            {
                changed.Add(key);
            }
        }

        return changed;
    }

    /// <summary>A reference as lists show it; formatted once per compilation, or taken from the previous one when it cannot differ.</summary>
    public ReferenceEntry Entry(DocumentNode<ReferenceFrontMatter> reference)
    {
        // The entry is made once and shared, but every page that shows it reads its label's suffix.
        PageReads.Current?.Read(DependencyKinds.StyleSuffix, reference.Id, null);
        return _entries.TryGetValue(reference.Document, out var entry) ? entry : _entries.GetOrAdd(reference.Document, static (_, made) => made.Style.Create(made.Reference), (Style: this, Reference: reference));
    }

    /// <summary>The typed reference a page cites.</summary>
    internal DocumentNode<ReferenceFrontMatter> ReferenceOf(CitedWork work) => _references.Of(work.Reference)!;

    /// <summary>A page's reference list, in the style's order.</summary>
    public IReadOnlyList<CitedWork> ListOrder(PageCitations citations) => Style.ListOrder(citations, this);

    /// <summary>The references in the bibliography's order.</summary>
    public IReadOnlyList<DocumentNode<ReferenceFrontMatter>> Sort(IEnumerable<DocumentNode<ReferenceFrontMatter>> references) => Style.Sort(references, this);

    /// <summary>How the back-links of a page's reference list name a work: "reference 3", "Jones et al., 2018a".</summary>
    public string ListLabel(CitedWork work) => Style.ListLabel(work, this);

    /// <summary>The words of the site's language, for what the style says in them ("reference 3").</summary>
    public Languages.SiteStrings Strings => _strings;

    /// <summary>Writes a citation group as the style shows it.</summary>
    public void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations) => Style.Write(renderer, group, citations, this);

    /// <summary>Whether the style sets the citation against the word before it (a superscript number alone).</summary>
    public bool SetsAgainstWord(CitationGroup group) => Style.SetsAgainstWord(group);

    private ReferenceEntry Create(DocumentNode<ReferenceFrontMatter> reference)
    {
        var suffix = SuffixOf(reference.Id);
        // The same document (an unchanged file) with the same suffix gives the same entry.
        if (_earlier is not null && _earlier.TryGetValue(reference.Document, out var kept) && kept.Suffix == suffix)
        {
            return kept;
        }

        var front = reference.FrontMatter;
        return new ReferenceEntry(reference.Id, reference.Url, Style.Format(front, suffix), front.Evidence, front)
        {
            Suffix = suffix, EvidenceLabel = _strings.EvidenceLevel(front.Evidence),
        };
    }
}
