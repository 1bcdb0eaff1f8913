using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Scaffolding;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Kinds;

/// <summary>
/// A substance: <c>input/substances/*.md</c>, <c>/substances/ID/</c>; it lists the mechanisms it acts through and the
/// conditions it has been studied for.
/// </summary>
public sealed class SubstanceKind : DocumentKind<SubstanceFrontMatter>
{
    internal SubstanceKind(MechanismKind mechanism, ConditionKind condition)
        : base("substance", "substances")
    {
        var mechanisms = new ListedKind<SubstanceFrontMatter>("mechanisms", mechanism, UnknownListedIdAnalyzer.UnknownMechanism, f => f.Mechanisms);
        var conditions = new ListedKind<SubstanceFrontMatter>("conditions", condition, UnknownListedIdAnalyzer.UnknownCondition, f => f.Conditions);
        MechanismList = mechanisms;
        ConditionList = conditions;
        TypedLists = [mechanisms, conditions];
        ListPage = new GeneratedOutput(UrlPrefix!, GeneratedOutputKind.Page)
        {
            Key = "substances", InSitemap = true, InNavigation = true, OnNotFoundPage = true,
            Page = (factory, plan) => factory.ListPage(plan, this),
        };
    }

    /// <summary>Its <c>mechanisms</c>: the mechanisms it acts through.</summary>
    public ListedKind MechanismList { get; }

    /// <summary>Its <c>conditions</c>: the conditions it has been studied for.</summary>
    public ListedKind ConditionList { get; }

    /// <inheritdoc />
    internal override IReadOnlyList<ListedKind<SubstanceFrontMatter>> TypedLists { get; }

    /// <inheritdoc />
    public override ClaimPolicy DefaultClaims => ClaimPolicy.Paragraph;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = ["title", "aliases", "class", "mechanisms", "conditions", "summary", "reviewed"];

    /// <inheritdoc />
    public override GeneratedOutput ListPage { get; }

    /// <inheritdoc />
    public override string Template => "SubstancePage";

    /// <inheritdoc />
    public override KindNodes<SubstanceFrontMatter> NodesIn(SiteGraph graph) => graph.Substances;

    /// <inheritdoc />
    public override string Scaffold(string id, string title) => $"""
        ---
        title: {DocumentScaffold.Quote(title)}
        aliases: []
        class: {DocumentScaffold.Unfinished("its pharmacological class, e.g. Dissociative anaesthetic")}
        mechanisms: []
        summary: {DocumentScaffold.Unfinished("a one- or two-sentence definition, shown in lists")}
        ---

        ::: {UnfinishedMarker.ContainerName}
        Write what is known about {title} below this block. Each paragraph, list item and table row is a
        claim: cite the reference behind it with `[@key]`; text in a `::: editorial` block is not a claim.
        Once every claim is checked against its references, add `reviewed:` with that day's date to the
        front matter. Delete this block when the page is written.
        :::

        """;

    /// <inheritdoc />
    private protected override SubstanceFrontMatter ReadFields(string title, string what, FrontMatterFields fields) => new(
        title,
        FrontMatterReader.Values(fields.StringList("aliases")),
        fields.String("class"),
        fields.StringList("mechanisms"),
        FrontMatterReader.Summary(fields),
        fields.Date("reviewed"))
    {
        Conditions = fields.StringList("conditions"),
        Positions = fields.Positions(), Unfinished = fields.Unfinished,
    };

    /// <inheritdoc />
    internal override PageModel Page(PageModelFactory factory, PagePlan plan, DocumentNode<SubstanceFrontMatter> node) => factory.SubstancePage(plan, node);

    /// <inheritdoc />
    internal override List<(TItem Item, SubstanceFrontMatter FrontMatter)> ListIn<TItem>(KindLists<TItem> lists) => lists.Substances;
}
