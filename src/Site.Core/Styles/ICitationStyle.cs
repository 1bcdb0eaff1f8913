using Markdig.Renderers;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing.Citations;

namespace Site.Core.Styles;

/// <summary>
/// A citation style: how a citation reads in the text, in which order a page's reference list and the
/// bibliography list the works, whether the list is numbered, and how an entry is formatted. The link phase
/// says which works a page cites, in which order and where; the style turns that into numbers or author-year
/// labels. One instance serves every build; what depends on the site is in <see cref="PreparedStyle"/>.
/// </summary>
public interface ICitationStyle
{
    /// <summary>The name site.yml's <c>citationStyle</c> gives it ("vancouver", "apa").</summary>
    string Name { get; }

    /// <summary>What readers see, in one sentence, for the documentation.</summary>
    string Summary { get; }

    /// <summary>Whether a page's reference list is numbered (an ordered list whose numbers the citations show).</summary>
    bool Numbered { get; }

    /// <summary>
    /// What sets apart works the in-text label alone would confuse, assigned once for the whole site: APA's year
    /// suffixes ("a", "b"), by reference id; empty for a style whose labels are never ambiguous.
    /// </summary>
    IReadOnlyDictionary<string, string> Disambiguate(IReadOnlyList<DocumentNode<ReferenceFrontMatter>> references);

    /// <summary>Formats one reference list entry; <paramref name="suffix"/> is its year suffix, or null.</summary>
    FormattedEntry Format(ReferenceFrontMatter reference, string? suffix);

    /// <summary>The references in the order of the bibliography (within each of its groups).</summary>
    IReadOnlyList<DocumentNode<ReferenceFrontMatter>> Sort(IEnumerable<DocumentNode<ReferenceFrontMatter>> references, PreparedStyle prepared);

    /// <summary>A page's reference list: the works it cites, in the style's order.</summary>
    IReadOnlyList<CitedWork> ListOrder(PageCitations citations, PreparedStyle prepared);

    /// <summary>How the back-links of a page's reference list name a work: "reference 3", "Jones et al., 2018a".</summary>
    string ListLabel(CitedWork work, PreparedStyle prepared);

    /// <summary>
    /// Writes a citation group as it reads on the page: its element with the group's id, and each resolved work
    /// as <c>&lt;a class="citation" data-cite="KEY" href="#ref-KEY"&gt;</c>; a key that names no reference is marked.
    /// </summary>
    void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations, PreparedStyle prepared);

    /// <summary>
    /// Whether the style sets a citation against the word before it, without the space written before it (a superscript
    /// number alone: "works¹"); a prefix, names or parentheses keep the space ("debated see ¹", "works (Jones, 2018)").
    /// </summary>
    bool SetsAgainstWord(CitationGroup group);
}
