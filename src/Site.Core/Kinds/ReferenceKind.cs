using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Scaffolding;

namespace Site.Core.Kinds;

/// <summary>A reference: <c>input/references/*.md</c>, <c>/references/ID/</c>; CSL-JSON fields, the id is the citation key.</summary>
public sealed class ReferenceKind : DocumentKind<ReferenceFrontMatter>
{
    internal ReferenceKind()
        : base("reference", "references")
    {
        ListPage = new GeneratedOutput(UrlPrefix!, GeneratedOutputKind.Page)
        {
            Key = "references", InSitemap = true, InNavigation = true, OnNotFoundPage = true,
            Page = (factory, plan) => factory.BibliographyPage(plan),
        };
    }

    /// <inheritdoc />
    public override ClaimPolicy DefaultClaims => ClaimPolicy.Off;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = [.. CslVariables.Names, "evidence", "retraction-date", "retraction-notice"];

    /// <inheritdoc />
    public override string? FieldsHint =>
        "a reference's fields are the CSL-JSON variables (title, author, editor, container-title, issued, volume, page, DOI, PMID, abstract...), written as CSL spells them, and 'evidence'";

    /// <inheritdoc />
    public override IReadOnlyList<string> RequiredFields => ["title", "type"];

    /// <inheritdoc />
    public override bool ListedByTitle => false;

    /// <summary>The bibliography.</summary>
    public override GeneratedOutput ListPage { get; }

    /// <inheritdoc />
    public override string Template => "ReferencePage";

    /// <inheritdoc />
    public override KindNodes<ReferenceFrontMatter> NodesIn(SiteGraph graph) => graph.References;

    /// <inheritdoc />
    public override string Scaffold(string id, string title) => $"""
        ---
        type: article-journal
        title: {DocumentScaffold.Unfinished("the title of the work, as it was published")}
        author: {UnfinishedMarker.Tag} [Family GN, Family GN]
        container-title: {DocumentScaffold.Unfinished("the journal's abbreviated title, e.g. Front Psychiatry")}
        issued: {DocumentScaffold.Unfinished("the date of publication, e.g. 2018-07-24 or 2018")}
        evidence: {DocumentScaffold.Unfinished("one of: " + string.Join(", ", EvidenceLevels.Names))}
        # Where the work has them, add volume, issue, page, DOI, PMID or URL; 'site add doi:...' writes them all.
        ---

        ::: {UnfinishedMarker.ContainerName}
        Summarise what this study did and found, and how strong its evidence is, below this block. Delete
        this block when the summary is written.
        :::

        """;

    /// <inheritdoc />
    private protected override ReferenceFrontMatter ReadFields(string title, string what, FrontMatterFields fields) =>
        FrontMatterReader.ReadReference(title, what, fields) with { Positions = fields.Positions(), Unfinished = fields.Unfinished };

    /// <inheritdoc />
    internal override PageModel Page(PageModelFactory factory, PagePlan plan, DocumentNode<ReferenceFrontMatter> node) => factory.ReferencePage(plan, node);

    /// <inheritdoc />
    internal override List<(TItem Item, ReferenceFrontMatter FrontMatter)> ListIn<TItem>(KindLists<TItem> lists) => lists.References;
}
