using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

/// <summary>
/// The real site's references.json and references.bib, read by the tools they are written for: citation-js and
/// pandoc's citeproc format every entry of references.json in Vancouver exactly as its reference page shows it, and
/// pandoc reads every title of references.bib back as written. The tools come with the test command; each check is
/// also shown failing on data the tools read otherwise, so that a pass means something.
/// </summary>
public sealed partial class RealExportTests(RealSiteBuild site) : IClassFixture<RealSiteBuild>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Should_format_every_entry_of_references_json_in_citation_js_as_its_reference_page_shows_it()
    {
        // Given the built site's references.json and the entry each reference page shows
        var pages = PageEntries();

        // When citation-js formats every item in its Vancouver style
        var formatted = CitationJs(Path.Combine(site.Output, "references.json"));

        // Then it writes every entry as the page does, character for character
        Differences(pages, formatted).ShouldBeEmpty();
    }

    [Fact]
    public void Should_format_every_entry_of_references_json_in_pandoc_as_its_reference_page_shows_it()
    {
        // Given the built site's references.json and the entry each reference page shows
        var pages = PageEntries();

        // When pandoc's citeproc formats every item in the same Vancouver style
        var formatted = Pandoc(Path.Combine(site.Output, "references.json"), site.Scratch("pandoc-real"));

        // Then it writes every entry as the page does, character for character
        Differences(pages, formatted).ShouldBeEmpty();
    }

    [Fact]
    public void Should_see_citation_js_and_pandoc_print_one_initial_for_initials_written_as_one_word()
    {
        // Given a work whose author's initials are one word, "JL", and another's are "J. L."
        var folder = site.Scratch("initials");
        var references = Path.Combine(folder, "initials.json");
        File.WriteAllText(references, """
            [
              {"id": "one-word", "type": "article-journal", "title": "T", "author": [{"family": "Jones", "given": "JL"}], "container-title": "J", "issued": {"date-parts": [[2020]]}},
              {"id": "dotted", "type": "article-journal", "title": "T", "author": [{"family": "Jones", "given": "J. L."}], "container-title": "J", "issued": {"date-parts": [[2020]]}}
            ]
            """);

        // When citation-js and pandoc format them
        var citationJs = CitationJs(references);
        var pandoc = Pandoc(references, folder);

        // Then both take "JL" for one given name, of which they print the initial, and "J. L." for two
        citationJs["one-word"].ShouldBe("Jones J. T. J. 2020.");
        pandoc["one-word"].ShouldBe("Jones J. T. J. 2020.");
        citationJs["dotted"].ShouldBe("Jones JL. T. J. 2020.");
        pandoc["dotted"].ShouldBe("Jones JL. T. J. 2020.");
    }

    [Fact]
    public void Should_give_back_every_title_of_references_bib_as_written_when_pandoc_reads_it()
    {
        // Given the built site's references.bib, and its references.json, which has the titles as written
        var written = CslItems(File.ReadAllText(Path.Combine(site.Output, "references.json")));

        // When pandoc reads references.bib as BibTeX
        var read = PandocBibTex(site.Output, "references.bib");

        // Then every title and container title is as written: capitals, dashes and all
        read.Count.ShouldBe(written.Count);
        Differences(Titles(written), Titles(read)).ShouldBeEmpty();
    }

    [Fact]
    public void Should_give_back_double_hyphens_and_capitals_in_any_title_of_references_bib_when_pandoc_reads_it()
    {
        // Given a site whose references' titles have capitals pandoc would lower and hyphens TeX would join into dashes
        using var folder = new SiteFolder(new Dictionary<string, string>(SiteFolder.Minimal)
        {
            ["input/references/chapter.md"] = "---\ntype: chapter\ntitle: \"Ketamine -- a Review --- of MDMA\"\nauthor: [Jones JL]\n"
                + "container-title: \"Facing Addiction in America: The Surgeon General’s Report -- Part 2\"\n"
                + "collection-title: The Big Series\noriginal-title: The Original Title\nissued: 2016\n---\n",
            ["input/references/article.md"] = "---\ntype: article-journal\ntitle: A---B\nauthor: [Roe R]\ncontainer-title: J -- K\nissued: 2020\n---\n",
            ["input/about.md"] = "---\ntitle: About\n---\n\nSee [@chapter; @article].\n",
        });
        var run = CliRun.InProcess(folder.Root, "build", "--input", "input", "--output", "site");
        run.ExitCode.ShouldBe(0, run.All);
        var written = CslItems(File.ReadAllText(folder.PathOf("site/references.json")));

        // When pandoc reads its references.bib as BibTeX
        var read = PandocBibTex(folder.PathOf("site"), "references.bib");

        // Then each title is as written
        Differences(Titles(written), Titles(read)).ShouldBeEmpty();
        read.Single(i => i["id"]!.GetValue<string>() == "chapter")["collection-title"]!.GetValue<string>().ShouldBe("The Big Series");
        read.Single(i => i["id"]!.GetValue<string>() == "chapter")["original-title"]!.GetValue<string>().ShouldBe("The Original Title");
    }

    [Fact]
    public void Should_see_pandoc_lower_the_capitals_and_join_the_hyphens_of_a_title_left_unprotected()
    {
        // Given a BibTeX entry whose book title is not in braces and whose title has a double hyphen
        var folder = site.Scratch("unprotected");
        File.WriteAllText(Path.Combine(folder, "unprotected.bib"),
            "@incollection{x,\n  title = {{A -- B}},\n  booktitle = {Facing Addiction in America: The Surgeon General's Report},\n}\n");

        // When pandoc reads it
        var item = PandocBibTex(folder, "unprotected.bib").ShouldHaveSingleItem();

        // Then the book title is lowered and the hyphens are an en dash: what references.bib must guard against
        item["container-title"]!.GetValue<string>().ShouldBe("Facing addiction in america: The surgeon general’s report");
        item["title"]!.GetValue<string>().ShouldBe("A – B");
    }

    // pandoc's reading of a BibTeX file, as CSL-JSON items.
    private static List<JsonObject> PandocBibTex(string folder, string file)
    {
        var run = InstalledTool.Pandoc.Run(folder, ["--from", "bibtex", "--to", "csljson", file]);
        run.ExitCode.ShouldBe(0, run.All);
        return CslItems(run.Out);
    }

    private static List<JsonObject> CslItems(string json) => [.. JsonNode.Parse(json)!.AsArray().Select(i => i!.AsObject())];

    // Each item's title and container title, by "id title" and "id container-title".
    private static Dictionary<string, string> Titles(List<JsonObject> items) =>
        items.SelectMany(i => new[] { "title", "container-title" }
                .Where(name => i[name] is not null)
                .Select(name => (Key: $"{i["id"]!.GetValue<string>()} {name}", Value: i[name]!.GetValue<string>())))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    // Every reference page's entry, by citation key.
    private Dictionary<string, string> PageEntries()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(Path.Combine(site.Output, "references")))
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
            entries[Path.GetFileName(folder)] = page.QuerySelector("p.entry.full-entry").ShouldNotBeNull().TextContent.Trim();
        }

        entries.Count.ShouldBeGreaterThan(10);
        return entries;
    }

    // Each key whose entry differs, or that one side lacks, with both texts.
    private static List<string> Differences(Dictionary<string, string> pages, Dictionary<string, string> formatted) =>
    [
        .. pages.Keys.Union(formatted.Keys).Order(StringComparer.Ordinal)
            .Where(key => pages.GetValueOrDefault(key) != formatted.GetValueOrDefault(key))
            .Select(key => $"{key}:\n  page: {pages.GetValueOrDefault(key)}\n  tool: {formatted.GetValueOrDefault(key)}"),
    ];

    // citation-js's Vancouver entry of every item of a CSL-JSON file, by id.
    private static Dictionary<string, string> CitationJs(string references)
    {
        var run = InstalledTool.CitationJs.Run(Path.GetDirectoryName(references)!, [references]);
        run.ExitCode.ShouldBe(0, run.All);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(run.Out)!;
    }

    // pandoc's Vancouver entry of every item of a CSL-JSON file, by id: its citeproc, given citation-js's own style,
    // lists them all (nocite: '@*') as HTML, an entry for each id, its number apart.
    private static Dictionary<string, string> Pandoc(string references, string folder)
    {
        var style = Path.Combine(folder, "vancouver.csl");
        File.WriteAllText(style, PandocStyle());
        var document = Path.Combine(folder, "all.md");
        File.WriteAllText(document, "---\nnocite: '@*'\n---\n");
        var run = InstalledTool.Pandoc.Run(folder, ["--citeproc", "--bibliography", references, "--csl", style, "--to", "html", "--wrap=none", document]);
        run.ExitCode.ShouldBe(0, run.All);
        var html = Parser.ParseDocument(run.Out);
        return html.QuerySelectorAll("div.csl-entry").ToDictionary(
            entry => entry.Id.ShouldNotBeNull()["ref-".Length..],
            entry => entry.QuerySelector(".csl-right-inline").ShouldNotBeNull().TextContent.Trim(),
            StringComparer.Ordinal);
    }

    // citation-js's Vancouver style, with the <name/> its <names> elements leave implied written out. CSL makes the two
    // the same (the style's name options, such as initialize-with="", are inherited either way), but the citeproc of
    // Debian's pandoc (2.17) applies them only to a <name> that is there.
    private static string PandocStyle()
    {
        InstalledTool.CitationJs.EnsureInstalled();
        using var styles = JsonDocument.Parse(File.ReadAllText(InstalledTool.CitationJsStyles));
        var vancouver = styles.RootElement.GetProperty("vancouver").GetString().ShouldNotBeNull();
        return NamesWithoutName().Replace(vancouver, "$0<name/>");
    }

    // An opening <names ...> tag (not self-closing) not followed by a <name> child.
    [GeneratedRegex(@"<names(\s[^>]*[^/])?>(?!\s*<name[\s/>])")]
    private static partial Regex NamesWithoutName();
}
