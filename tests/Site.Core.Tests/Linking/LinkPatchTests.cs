using System.Text;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;

namespace Site.Core.Tests.Linking;

public sealed class LinkPatchTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-link-patch-tests", Guid.NewGuid().ToString("N"));

    public LinkPatchTests()
    {
        Write("site.yml", "title: Test\n");
        Write("index.md", "---\ntitle: Home\n---\n\nSee [[ketamine]] and [[about]].\n");
        Write("about.md", "---\ntitle: About\n---\n\n## Policy\n\nLinks: [[ketamine#dosing]], [k](substances/ketamine.md), [[nmda]], [self](#policy).\n");
        Write("substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\nconditions: [aud]\n---\n\n## Dosing\n\nSee [[methadone]] and [[jones-2018]].\n\nIt reduced use [@jones-2018] via [[nmda]].\n\nIt helped @jones-2018.\n");
        Write("substances/methadone.md", "---\ntitle: Methadone\nmechanisms: [opioid, nmda]\n---\n\nSee [[ketamine]] [@smith-2020; @jones-2018].\n\nIt binds [[opioid]] [@smith-2020].\n");
        Write("mechanisms/nmda.md", "---\ntitle: NMDA antagonism\n---\n\nActs via [[ketamine]] [@jones-2018].\n");
        Write("mechanisms/opioid.md", "---\ntitle: Opioid agonism\n---\n\nActs via [[methadone]].\n");
        Write("conditions/aud.md", "---\ntitle: Alcohol use disorder\n---\n\nIt is common [@jones-2018].\n");
        Write("references/jones-2018.md", "---\ntitle: A study\ntype: report\nissued: 2018\nauthor:\n  - family: Jones\n---\n\nAnnotation citing [@smith-2020].\n");
        Write("references/smith-2020.md", "---\ntitle: A trial\ntype: report\nissued: 2020\nevidence: rct\n---\n\nAnnotation.\n");
    }

    private string Input => Path.Combine(_root, "input");

    // Edits of bodies alone, which the patch links; each names the files it wrote.
    public static TheoryData<string> Patched => new(
        "claim", "reference-body", "mechanism-body", "new-link", "drop-links", "cite-other-key", "cite-unknown", "uncite", "self-link", "two-files", "listed-body");

    // Edits the patch must leave to a link of every document.
    public static TheoryData<string> Relinked => new(
        "cited-title", "duplicate-id", "removed-page", "renamed-reference", "site-yml", "retraction-file", "new-page", "mechanism-list");

    [Theory]
    [MemberData(nameof(Patched))]
    public void Should_patch_the_previous_graph_into_the_graph_a_fresh_link_makes(string edit)
    {
        // Given a linked site
        var (previous, loaded, parsed) = LinkAll(null, null, new HashSet<string>());

        // When a body is edited and linked with the previous graph
        var forced = Apply(edit);
        var (_, reloaded, reparsed) = LinkAll(loaded, parsed, forced);
        var patched = LinkPatch.TryRun(reloaded.Config, reparsed, reloaded.Assets, previous, reloaded.Retractions, Today);

        // Then the patch applies, and its graph answers every query as a fresh link's does, naming only documents of now
        patched.ShouldNotBeNull();
        var fresh = new LinkPhase().Run(reloaded.Config, reparsed, reloaded.Assets, null, reloaded.Retractions, Today);
        Dump(patched).ShouldBe(Dump(fresh));
        Dump(patched).ShouldNotContain("(old)");
    }

    [Theory]
    [MemberData(nameof(Relinked))]
    public void Should_link_every_document_again_when_the_edit_is_more_than_bodies(string edit)
    {
        // Given a linked site
        var (previous, loaded, parsed) = LinkAll(null, null, new HashSet<string>());

        // When a front matter, a file, the settings or the retraction data change
        var forced = Apply(edit);
        var (_, reloaded, reparsed) = LinkAll(loaded, parsed, forced);
        var patched = reloaded.ChangesEverything ? null : LinkPatch.TryRun(reloaded.Config, reparsed, reloaded.Assets, previous, reloaded.Retractions, Today);
        var relinked = new LinkPhase().Run(reloaded.Config, reparsed, reloaded.Assets, reloaded.ChangesEverything ? null : previous, reloaded.Retractions, Today);

        // Then no patch is made, and the link with the previous graph is what a fresh one makes
        patched.ShouldBeNull();
        var fresh = new LinkPhase().Run(reloaded.Config, reparsed, reloaded.Assets, null, reloaded.Retractions, Today);
        Dump(relinked).ShouldBe(Dump(fresh));
    }

    [Fact]
    public void Should_patch_a_patched_graph_as_a_fresh_one_over_a_sequence_of_edits()
    {
        // Given a linked site
        var (graph, loaded, parsed) = LinkAll(null, null, new HashSet<string>());
        string[] edits = ["claim", "new-link", "reference-body", "cited-title", "cite-other-key", "drop-links", "claim", "new-page", "self-link", "uncite"];
        for (var step = 0; step < edits.Length; step++)
        {
            // When edit after edit is linked with the graph before it
            var forced = Apply(edits[step], step);
            (_, loaded, parsed) = LinkAll(loaded, parsed, forced);
            graph = new LinkPhase().Run(loaded.Config, parsed, loaded.Assets, loaded.ChangesEverything ? null : graph, loaded.Retractions, Today);

            // Then each graph is the one a fresh link makes
            var fresh = new LinkPhase().Run(loaded.Config, parsed, loaded.Assets, null, loaded.Retractions, Today);
            Dump(graph).ShouldBe(Dump(fresh), $"step {step}: {edits[step]}");
        }
    }

    private (SiteGraph Graph, LoadResult Loaded, IReadOnlyList<ParsedDocument> Parsed) LinkAll(LoadResult? loaded, IReadOnlyList<ParsedDocument>? parsed, IReadOnlySet<string> forced)
    {
        var now = new LoadPhase().Run(Input, _root, loaded, forced);
        var documents = new ParsePhase().Run(now.Documents, now.Config.Claims, now.ChangesEverything ? null : parsed);
        return (new LinkPhase().Run(now.Config, documents, now.Assets, null, now.Retractions, Today), now, documents);
    }

    private HashSet<string> Apply(string edit, int step = 0)
    {
        string[] written = edit switch
        {
            "claim" => [Append("substances/ketamine.md", $"\n\nIt lasted {step} days [@jones-2018].\n")],
            "reference-body" => [Append("references/jones-2018.md", "\n\nMore notes [[ketamine]].\n")],
            "mechanism-body" => [Append("mechanisms/nmda.md", "\n\nAlso [[methadone]] [@smith-2020].\n")],
            "new-link" => [Append("conditions/aud.md", "\n\nTreated with [[ketamine]] and [m](../substances/methadone.md) and [[nowhere]].\n")],
            "drop-links" => [Write("about.md", "---\ntitle: About\n---\n\n## Policy\n\nNo links now.\n")],
            "cite-other-key" => [Write("conditions/aud.md", "---\ntitle: Alcohol use disorder\n---\n\nIt is common [@smith-2020].\n")],
            "cite-unknown" => [Append("substances/methadone.md", "\n\nIt was said [@nobody-1999] and @twitter said so.\n")],
            "uncite" => [Write("mechanisms/nmda.md", "---\ntitle: NMDA antagonism\n---\n\nActs via [[ketamine]].\n")],
            "self-link" => [Append("substances/methadone.md", $"\n\nBack to [top](#) and [[methadone]] {step}.\n")],
            "two-files" => [Append("substances/ketamine.md", "\n\nShorter [@smith-2020].\n"), Append("references/smith-2020.md", "\n\nSee [[methadone]].\n")],
            "listed-body" => [Append("mechanisms/opioid.md", "\n\nAlso [[ketamine]] [@smith-2020].\n")],
            "cited-title" => [Write("references/jones-2018.md", $"---\ntitle: A study renamed {step}\ntype: report\nissued: 2018\nauthor:\n  - family: Jones\n---\n\nAnnotation citing [@smith-2020].\n")],
            "duplicate-id" => [Write("ketamine.md", "---\ntitle: Another ketamine\n---\n\nSee [[ketamine]].\n")],
            "removed-page" => [Delete("mechanisms/opioid.md")],
            "renamed-reference" => [Delete("references/smith-2020.md"), Write("references/smith-2021.md", "---\ntitle: A trial\ntype: report\nissued: 2021\n---\n\nAnnotation.\n")],
            "site-yml" => [Write("site.yml", "title: Test again\n")],
            "retraction-file" => [Write("site.yml", "title: Test\nretractions: retraction_watch.csv\n"), Write("retraction_watch.csv", "Record ID,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason\n")],
            "new-page" => [Write($"extra-{step}.md", "---\ntitle: Extra\n---\n\nSee [[ketamine]] [@jones-2018].\n")],
            "mechanism-list" => [Write("substances/methadone.md", "---\ntitle: Methadone\nmechanisms: [opioid]\n---\n\nSee [[ketamine]] [@smith-2020; @jones-2018].\n\nIt binds [[opioid]] [@smith-2020].\n")],
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
        };

        return [.. written];
    }

    // Every query of the graph a page or an analyzer makes, each document by path, marked when it is not the graph's own version.
    private static string Dump(SiteGraph graph)
    {
        var text = new StringBuilder();
        string Name(ParsedDocument? document) => document is null ? "-"
            : graph.Documents.Any(d => ReferenceEquals(d, document)) ? document.Source.RelativePath
            : document.Source.RelativePath + "(old)";
        string Names(IEnumerable<ParsedDocument> documents) => string.Join(",", documents.Select(Name));
        text.AppendLine("pages " + Names(graph.Pages));
        text.AppendLine("by id " + string.Join(",", graph.ById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Name(p.Value))));
        text.AppendLine("duplicates " + string.Join(",", graph.Duplicates.Select(d => Name(d.Document) + "/" + Name(d.First))));
        text.AppendLine("kinds " + Names(graph.ContentPages.Select(n => n.Document)) + " | " + Names(graph.Substances.Select(n => n.Document)) + " | "
            + Names(graph.Mechanisms.Select(n => n.Document)) + " | " + Names(graph.Conditions.Select(n => n.Document)) + " | " + Names(graph.References.Select(n => n.Document)));
        var lists = DocumentKinds.All.SelectMany(k => k.Lists).ToArray();
        foreach (var document in graph.Documents)
        {
            text.AppendLine("# " + Name(document));
            text.AppendLine("from " + string.Join(",", graph.LinksFrom(document).Select(l => $"{l.Written}>{Name(l.Target)}:{l.TargetUrl}#{l.Anchor}@{l.Offset}")));
            text.AppendLine("to " + string.Join(",", graph.LinksTo(document).Select(l => $"{Name(l.From)}:{l.Written}@{l.Offset}")));
            var citations = graph.CitationsOf(document);
            text.AppendLine("cites " + string.Join(",", citations.Citations.Select(c => $"{Name(c.From)}:{c.Anchor}:{c.Item.Key}>{Name(c.Reference)}")));
            text.AppendLine("works " + string.Join(",", citations.Works.Select(w => $"{w.Order}:{Name(w.Reference)}:{string.Join("/", w.Anchors)}")));
            text.AppendLine("of key " + string.Join(",", graph.CitationsOfKey(document.Id).Select(c => $"{Name(c.From)}:{c.Anchor}>{Name(c.Reference)}")));
            text.AppendLine("cited by " + string.Join(",", graph.CitedBy(document).Select(p => $"{Name(p.From)}:{p.Anchor}:{p.Text}:{p.Claim?.Claim.Number}:{(p.Claim is null ? "" : Name(p.Claim.Document))}")));
            text.AppendLine("pages citing " + Names(graph.PagesCiting(document)));
            text.AppendLine("claims " + string.Join(",", graph.ClaimsOf(document).Select(c => $"{Name(c.Document)}:{c.Claim.Anchor}:{Names(c.References)}:{c.HasUnknownCitation}:{c.Text}")));
            text.AppendLine("retraction " + graph.RetractionOf(document)?.Nature);
            foreach (var list in lists)
            {
                text.AppendLine($"{list.Field} listed {Names(graph.Listed(list, document))} listing {Names(graph.Listing(list, document))} mapped {Names(graph.Mapped(list, document))}");
            }

            foreach (var other in graph.Documents)
            {
                if (graph.ClaimsLinking(document, other) is { Count: > 0 } linking)
                {
                    text.AppendLine("linking " + Name(other) + " " + string.Join(",", linking.Select(c => $"{Name(c.Document)}:{c.Claim.Number}")));
                }
            }
        }

        return text.ToString();
    }

    private string Append(string path, string text)
    {
        File.AppendAllText(Path.Combine(Input, path), text);
        return path;
    }

    private string Write(string path, string content)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return path;
    }

    private string Delete(string path)
    {
        File.Delete(Path.Combine(Input, path));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
