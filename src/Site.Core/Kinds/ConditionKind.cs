using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Scaffolding;

namespace Site.Core.Kinds;

/// <summary>
/// A condition (alcohol use disorder, ...): <c>input/conditions/*.md</c>, <c>/conditions/ID/</c>; the substances studied for
/// it list it in their <c>conditions</c>.
/// </summary>
public sealed class ConditionKind : DocumentKind<ConditionFrontMatter>
{
    internal ConditionKind()
        : base("condition", "conditions")
    {
        ListPage = new GeneratedOutput(UrlPrefix!, GeneratedOutputKind.Page)
        {
            Key = "conditions", InSitemap = true, InNavigation = true, OnNotFoundPage = true,
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
    public override string Template => "ConditionPage";

    /// <inheritdoc />
    public override KindNodes<ConditionFrontMatter> NodesIn(SiteGraph graph) => graph.Conditions;

    /// <inheritdoc />
    public override string Scaffold(string id, string title) => $"""
        ---
        title: {DocumentScaffold.Quote(title)}
        aliases: []
        summary: {DocumentScaffold.Unfinished("a one- or two-sentence definition, shown in lists")}
        ---

        ::: {UnfinishedMarker.ContainerName}
        Write what is known about {title} below this block, and list `{id}` under `conditions:` in the front
        matter of each substance studied for it. Each paragraph, list item and table row is a claim: cite the
        reference behind it with `[@key]`; text in a `::: editorial` block is not a claim. Once every claim is
        checked against its references, add `reviewed:` with that day's date to the front matter. Delete
        this block when the page is written.
        :::

        """;

    /// <inheritdoc />
    private protected override ConditionFrontMatter ReadFields(string title, string what, FrontMatterFields fields) => new(
        title,
        FrontMatterReader.Values(fields.StringList("aliases")),
        FrontMatterReader.Summary(fields),
        fields.Date("reviewed"))
    {
        Positions = fields.Positions(), Unfinished = fields.Unfinished,
    };

    /// <inheritdoc />
    internal override PageModel Page(PageModelFactory factory, PagePlan plan, DocumentNode<ConditionFrontMatter> node) => factory.ConditionPage(plan, node);

    /// <inheritdoc />
    internal override List<(TItem Item, ConditionFrontMatter FrontMatter)> ListIn<TItem>(KindLists<TItem> lists) => lists.Conditions;
}
