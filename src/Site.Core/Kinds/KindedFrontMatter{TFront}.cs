using Site.Core.Content;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;

namespace Site.Core.Kinds;

/// <summary>The front matter of a kind whose record is a <typeparamref name="TFront"/>.</summary>
/// <typeparam name="TFront">The kind's front matter.</typeparam>
internal sealed class KindedFrontMatter<TFront>(DocumentKind<TFront> kind, TFront value) : KindedFrontMatter
    where TFront : FrontMatter
{
    /// <inheritdoc />
    public override DocumentKind Kind => kind;

    /// <inheritdoc />
    public override FrontMatter Value => value;

    /// <inheritdoc />
    public override IEnumerable<(ListedKind List, IReadOnlyList<Sourced<string>> Ids)> Listed =>
        kind.TypedLists.Select(l => ((ListedKind)l, l.Ids(value)));

    /// <inheritdoc />
    internal override void AddTo<TItem>(KindLists<TItem> lists, TItem item) => kind.ListIn(lists).Add((item, value));

    /// <inheritdoc />
    internal override PageModel Page(PageModelFactory factory, PagePlan plan, ParsedDocument document) =>
        kind.Page(factory, plan, new DocumentNode<TFront>(document, value));
}
