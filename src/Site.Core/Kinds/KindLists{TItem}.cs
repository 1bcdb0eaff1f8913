using Site.Core.Content;

namespace Site.Core.Kinds;

/// <summary>
/// Items sorted into one typed list per kind, each with its front matter: the loaded files (<see cref="Content.SourceDocument"/>)
/// or the graph's documents. A kind finds its own list (<see cref="DocumentKind{TFront}.ListIn"/>), so nothing tests a
/// front matter's type to know which it is.
/// </summary>
/// <typeparam name="TItem">What is sorted.</typeparam>
internal sealed class KindLists<TItem>
{
    /// <summary>Builds the lists of <paramref name="items"/>, in their order.</summary>
    internal KindLists(IEnumerable<TItem> items, Func<TItem, KindedFrontMatter> frontMatter)
    {
        foreach (var item in items)
        {
            frontMatter(item).AddTo(this, item);
        }
    }

    /// <summary>The plain pages.</summary>
    public List<(TItem Item, PageFrontMatter FrontMatter)> Pages { get; } = [];

    /// <summary>The substances.</summary>
    public List<(TItem Item, SubstanceFrontMatter FrontMatter)> Substances { get; } = [];

    /// <summary>The mechanisms.</summary>
    public List<(TItem Item, MechanismFrontMatter FrontMatter)> Mechanisms { get; } = [];

    /// <summary>The conditions.</summary>
    public List<(TItem Item, ConditionFrontMatter FrontMatter)> Conditions { get; } = [];

    /// <summary>The references.</summary>
    public List<(TItem Item, ReferenceFrontMatter FrontMatter)> References { get; } = [];
}
