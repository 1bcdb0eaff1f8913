using System.Text.Json;
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
        if (!File.Exists(InstalledTool.CitationJsStyles))
        {
            Assert.Fail($"citation-js is not installed ({InstalledTool.CitationJsStyles} is missing). Run the test command, bash scripts/test.sh, which installs it.");
        }

        using var styles = JsonDocument.Parse(File.ReadAllText(InstalledTool.CitationJsStyles));
        var vancouver = styles.RootElement.GetProperty("vancouver").GetString().ShouldNotBeNull();
        return NamesWithoutName().Replace(vancouver, "$0<name/>");
    }

    // An opening <names ...> tag (not self-closing) not followed by a <name> child.
    [GeneratedRegex(@"<names(\s[^>]*[^/])?>(?!\s*<name[\s/>])")]
    private static partial Regex NamesWithoutName();
}
