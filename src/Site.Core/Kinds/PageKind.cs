using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Scaffolding;

namespace Site.Core.Kinds;

/// <summary>A plain page: any other markdown file, at its path (<c>about.md</c> is <c>/about/</c>); <c>index.md</c> is the home page.</summary>
public sealed class PageKind : DocumentKind<PageFrontMatter>
{
    internal PageKind()
        : base("page", null)
    {
    }

    /// <inheritdoc />
    public override ClaimPolicy DefaultClaims => ClaimPolicy.Off;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = ["title", "description"];

    /// <inheritdoc />
    public override GeneratedOutput? ListPage => null;

    /// <inheritdoc />
    public override string Template => "ContentPage";

    /// <inheritdoc />
    public override KindNodes<PageFrontMatter> NodesIn(SiteGraph graph) => graph.ContentPages;

    /// <inheritdoc />
    public override string Scaffold(string id, string title) => $"""
        ---
        title: {DocumentScaffold.Quote(title)}
        description: {DocumentScaffold.Unfinished("one sentence on what the page is for, shown in search results")}
        ---

        ::: {UnfinishedMarker.ContainerName}
        Write the page below this block, and link it from another page with `[[{id}]]` so that readers
        can find it. Delete this block when the page is written.
        :::

        """;

    /// <inheritdoc />
    private protected override PageFrontMatter ReadFields(string title, string what, FrontMatterFields fields) =>
        new(title, fields.String("description")) { Positions = fields.Positions(), Unfinished = fields.Unfinished };

    /// <inheritdoc />
    internal override PageModel Page(PageModelFactory factory, PagePlan plan, DocumentNode<PageFrontMatter> node) => factory.ContentPage(plan, node);

    /// <inheritdoc />
    internal override List<(TItem Item, PageFrontMatter FrontMatter)> ListIn<TItem>(KindLists<TItem> lists) => lists.Pages;
}
