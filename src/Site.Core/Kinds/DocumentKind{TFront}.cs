using Site.Core.Content;
using Site.Core.Loading;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Text;

namespace Site.Core.Kinds;

/// <summary>A kind whose front matter is a <typeparamref name="TFront"/>: the reader and page builder work on it typed.</summary>
/// <typeparam name="TFront">The kind's front matter.</typeparam>
public abstract class DocumentKind<TFront> : DocumentKind
    where TFront : FrontMatter
{
    private protected DocumentKind(string name, string? folder)
        : base(name, folder)
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<ListedKind> Lists => TypedLists;

    /// <summary>The lists of ids its front matter carries, each with the field it is read from.</summary>
    internal virtual IReadOnlyList<ListedKind<TFront>> TypedLists => [];

    /// <inheritdoc />
    internal sealed override KindedFrontMatter Read(string id, FrontMatterFields fields)
    {
        var what = $"{Name} '{id}'";
        fields.ReportEmpty(what, RequiredFields);
        var title = fields.Required("title", what, Slug.Humanize(id)) ?? id;
        return new KindedFrontMatter<TFront>(this, ReadFields(title, what, fields));
    }

    /// <summary>
    /// Builds the typed front matter from the fields, reporting what is wrong in them; its last initializers are
    /// <see cref="FrontMatter.Positions"/> and <see cref="FrontMatter.Unfinished"/>, taken once every field is read.
    /// </summary>
    /// <param name="title">The title, or the id standing in for it.</param>
    /// <param name="what">The document as messages name it ("substance 'ketamine'").</param>
    /// <param name="fields">The front matter's fields.</param>
    private protected abstract TFront ReadFields(string title, string what, FrontMatterFields fields);

    /// <summary>The documents of the kind that have a page, typed, in the kind's order.</summary>
    public abstract KindNodes<TFront> NodesIn(Linking.SiteGraph graph);

    /// <inheritdoc />
    public sealed override IReadOnlyList<Parsing.ParsedDocument> DocumentsIn(Linking.SiteGraph graph) => NodesIn(graph).Documents;

    /// <summary>The model of a document's page.</summary>
    internal abstract PageModel Page(PageModelFactory factory, PagePlan plan, DocumentNode<TFront> node);

    /// <summary>The list that holds documents of this kind in <paramref name="lists"/>.</summary>
    internal abstract List<(TItem Item, TFront FrontMatter)> ListIn<TItem>(KindLists<TItem> lists);
}
