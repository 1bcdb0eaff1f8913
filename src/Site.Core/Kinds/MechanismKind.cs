using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Scaffolding;

namespace Site.Core.Kinds;

/// <summary>A mechanism: <c>input/mechanisms/*.md</c>, <c>/mechanisms/ID/</c>; the substances acting through it list it.</summary>
public sealed class MechanismKind : DocumentKind<MechanismFrontMatter>
{
    internal MechanismKind()
        : base("mechanism", "mechanisms")
    {
        ListPage = new GeneratedOutput(UrlPrefix!, GeneratedOutputKind.Page)
        {
            Key = "mechanisms", InSitemap = true, InNavigation = true, OnNotFoundPage = true,
            Page = (factory, plan) => factory.ListPage(plan, this),
        };
    }

    /// <inheritdoc />
    public override ClaimPolicy DefaultClaims => ClaimPolicy.Paragraph;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = ["title", "aliases", "summary", "reviewed"];

    /// <inheritdoc />
    public override GeneratedOutput ListPage { get; }

    /// <inheritdoc />
    public override string Template => "MechanismPage";

    /// <inheritdoc />
    public override KindNodes<MechanismFrontMatter> NodesIn(SiteGraph graph) => graph.Mechanisms;

    /// <inheritdoc />
    public override string Scaffold(string id, string title) => $"""
        ---
        title: {DocumentScaffold.Quote(title)}
        aliases: []
        summary: {DocumentScaffold.Unfinished("a one- or two-sentence definition, shown in lists")}
        ---

        ::: {UnfinishedMarker.ContainerName}
        Explain {title} below this block. Each paragraph, list item and table row is a claim: cite the
        reference behind it with `[@key]`; text in a `::: editorial` block is not a claim. Once every claim
        is checked against its references, add `reviewed:` with that day's date to the front matter.
        Delete this block when the page is written.
        :::

        """;

    /// <inheritdoc />
    private protected override MechanismFrontMatter ReadFields(string title, string what, FrontMatterFields fields) => new(
        title,
        FrontMatterReader.Values(fields.StringList("aliases")),
        FrontMatterReader.Summary(fields),
        fields.Date("reviewed"))
    {
        Positions = fields.Positions(), Unfinished = fields.Unfinished,
    };

    /// <inheritdoc />
    internal override PageModel Page(PageModelFactory factory, PagePlan plan, DocumentNode<MechanismFrontMatter> node) => factory.MechanismPage(plan, node);

    /// <inheritdoc />
    internal override List<(TItem Item, MechanismFrontMatter FrontMatter)> ListIn<TItem>(KindLists<TItem> lists) => lists.Mechanisms;
}
