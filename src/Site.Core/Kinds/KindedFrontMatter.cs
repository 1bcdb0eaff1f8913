using Site.Core.Content;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;

namespace Site.Core.Kinds;

/// <summary>
/// A document's front matter with its kind, kept typed: what needs the typed record (the graph's typed lists, the page
/// model) is reached through the kind that read it, never by testing or casting the record's type.
/// </summary>
public abstract class KindedFrontMatter
{
    private protected KindedFrontMatter()
    {
    }

    /// <summary>The document's kind.</summary>
    public abstract DocumentKind Kind { get; }

    /// <summary>The front matter, as its common record.</summary>
    public abstract FrontMatter Value { get; }

    /// <summary>The ids each of the kind's lists names, in the order written, with their positions.</summary>
    public abstract IEnumerable<(ListedKind List, IReadOnlyList<Sourced<string>> Ids)> Listed { get; }

    /// <summary>Adds <paramref name="item"/> with this front matter to the list of its kind.</summary>
    internal abstract void AddTo<TItem>(KindLists<TItem> lists, TItem item);

    /// <summary>The model of the document's page.</summary>
    internal abstract PageModel Page(PageModelFactory factory, PagePlan plan, ParsedDocument document);
}
