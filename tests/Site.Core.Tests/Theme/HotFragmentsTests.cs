using Site.Core.Building;
using Site.Core.Editions;
using Site.Core.Loading;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Tests.Retractions;
using Site.Theme;

namespace Site.Core.Tests.Theme;

/// <summary>
/// The hot templates written by C#: the HTML is the same as Fluid renders from their .liquid files, on every page of the real
/// site and of one full of what the writers branch on; and a site that overrides one gets its own template, not the writer.
/// </summary>
public sealed class HotFragmentsTests
{
    [Fact]
    public void Should_write_every_page_of_the_real_site_exactly_as_the_interpreted_templates_do()
    {
        // Given the real site's page models
        var input = Path.Combine(RepositoryRoot.Path, "input");
        var models = Models(input, RepositoryRoot.Path);

        // When each page is rendered with the writers and with every template interpreted
        var (written, interpreted) = RenderBoth(models);

        // Then every page is the same, character for character, and the writers were used
        models.Count.ShouldBeGreaterThan(30);
        written.ShouldBe(interpreted);
        written.ShouldContain(p => p.Contains("<blockquote>", StringComparison.Ordinal) && p.Contains("class=\"evidence-flag\"", StringComparison.Ordinal));
        new LiquidTheme().WrittenTemplates.ShouldBe([
            "templates/components/cited_reference_entry.liquid", "templates/components/citing_pages.liquid", "templates/components/citing_passage.liquid",
            "templates/components/evidence_badge.liquid", "templates/components/evidence_flag_label.liquid",
            "templates/components/reference_list.liquid", "templates/components/retraction_flag_label.liquid",
            "templates/layout.liquid", "templates/pages/BibliographyPage.liquid", "templates/pages/ChangesPage.liquid", "templates/pages/ConditionPage.liquid", "templates/pages/ContentPage.liquid", "templates/pages/EvidenceMapPage.liquid",
            "templates/pages/HomePage.liquid",             "templates/pages/ListPage.liquid", "templates/pages/MechanismPage.liquid", "templates/pages/NotFoundPage.liquid", "templates/pages/ReferencePage.liquid",
            "templates/pages/SubstancePage.liquid",
        ]);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Should_write_every_page_of_the_real_site_in_another_language_exactly_as_the_interpreted_templates_do(string language)
    {
        // Given the real site's page models in another language
        using var site = TestSite.Write(new Dictionary<string, string>());
        var input = Path.Combine(RepositoryRoot.Path, "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(input, file), File.ReadAllBytes(file));
        }

        site.WriteText("site.yml", File.ReadAllText(Path.Combine(input, "site.yml")).Replace("language: en\n", $"language: {language}\n", StringComparison.Ordinal));
        var models = Models(site.InputDirectory, site.Root);

        // When each page is rendered with the writers and with every template interpreted
        var (written, interpreted) = RenderBoth(models);

        // Then every page is the same, and the writers wrote the language's words
        written.ShouldBe(interpreted);
        var strings = Site.Core.Languages.SiteStrings.For(language)!;
        string.Concat(written).ShouldContain($"class=\"reference-page\">{strings["about_this_reference"]}</a>");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Should_write_retractions_flags_many_backlinks_and_characters_to_encode_as_the_interpreted_templates_do(string language)
    {
        // Given a site with a retracted reference, a flagged claim, a reference cited several times, and text to encode,
        // whose labels carry characters to encode too
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test & \"friends\"\nlanguage: {language}\nclaims:\n  substances: sentence\n" +
                "strings:\n  read_in_context_on: \"<on> & '{title}'\"\n  back_to_citation: \"{label} & <back>\"\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine <K> & 'co'\n---\n\n" +
                "Ketamine blocks NMDA receptors in rats [@rat-2019]. It helps \"a lot\" & <fast> [@jones-2018; @hand-2020].\n\n" +
                "It acts within hours [@jones-2018]. It lasts a week [@jones-2018].\n",
            ["references/jones-2018.md"] = "---\ntitle: A trial <of> \"ketamine\" & more\ntype: report\nissued: 2018\nevidence: rct\n---\n",
            ["references/rat-2019.md"] = "---\ntitle: Rats\ntype: report\nissued: 2019\nevidence: animal\n---\n",
            ["references/hand-2020.md"] = "---\ntype: article-journal\ntitle: Retracted one\nauthor: [Smith J]\ncontainer-title: J Ex\nstatus: retracted\nissued: 2020\n---\n",
        });
        var models = Models(site.InputDirectory, site.Root);

        // When each page is rendered both ways
        var (written, interpreted) = RenderBoth(models);

        // Then they are the same, and the pages did go through the retraction mark and the letters of several backlinks
        written.ShouldBe(interpreted);
        var all = string.Concat(written);
        all.ShouldContain("class=\"retraction-flag\"");
        all.ShouldContain($"aria-label=\"{Site.Core.Languages.SiteStrings.For(language)!["back_to_citation_number"].Split(' ')[0]}");
        all.ShouldContain("&lt;on&gt; &amp; &#x27;");
    }

    [Theory]
    [InlineData("en", "vancouver", true)]
    [InlineData("de", "apa", false)]
    [InlineData("fr", "vancouver", false)]
    [InlineData("es", "apa", true)]
    public void Should_write_every_branch_of_the_page_shell_and_the_article_and_reference_pages_as_the_interpreted_templates_do(string language, string style, bool published)
    {
        // Given a site reaching every branch of the layout and the substance, mechanism and reference pages: a page with
        // class, aliases, summary, an overdue review, headings with subheadings, conditions, flagged and retracted evidence;
        // pages with none of these, no mechanisms and no substances; one whose every work is retracted; references retracted
        // with and without a date, record, reasons and notice, under an expression of concern, with an abstract, an
        // annotation, every identifier, none, cited by no page and linked from one; the reference list numbered or by
        // author, the site published at an address with a previous edition (canonical links, the changes page and feed) or not
        var files = RichSite(language, style, published);
        using var site = WriteRich(files);
        var models = Models(site.InputDirectory, site.Root, published ? new EditionChanges([]) : null);

        // When each page is rendered both ways
        var (written, interpreted) = RenderBoth(models);

        // Then they are the same, and the pages went through the branches
        written.ShouldBe(interpreted);
        var all = string.Concat(written);
        foreach (var mark in (string[])["class=\"review-overdue\"", "class=\"aliases\"", "class=\"lead\"", "class=\"abstract\"", "class=\"annotation\"",
            "class=\"retraction-notice\"", "class=\"retraction-reasons\"", "class=\"retraction-link\"", "class=\"doi\"", "class=\"pmid\"", "class=\"url\"",
            "id=\"linked-from\"", "id=\"conditions-studied\"", "class=\"retracted-not-counted\"", "aria-current=\"page\"", "<time datetime=", "class=\"page-contents\""])
        {
            all.ShouldContain(mark);
        }

        all.Contains("rel=\"canonical\"", StringComparison.Ordinal).ShouldBe(published);
        all.Contains("application/atom+xml", StringComparison.Ordinal).ShouldBe(published);
        all.Contains("class=\"reference-list bibliography-list\"", StringComparison.Ordinal).ShouldBe(style == "apa");
        all.ShouldContain("<option value=\"claim\">claim</option>");
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("de", false)]
    public void Should_write_what_changed_since_the_previous_edition_as_the_interpreted_templates_do(string language, bool published)
    {
        // Given the rich site built once, then edited: a claim reworded, one added citing three works, one removed, a page
        // and a work deleted, citations added and removed, a work's evidence level changed and another marked retracted
        using var site = WriteRich(RichSite(language, "vancouver", published));
        site.BuildInto("first").Written.ShouldBeTrue();
        var ketamine = File.ReadAllText(Path.Combine(site.InputDirectory, "substances", "ketamine.md"));
        foreach (var (before, after) in (IEnumerable<(string, string)>)[
            ("within hours [@smith-2019]", "within minutes [@smith-2019]"), ("[@park-2018; @jones-2018]", "[@park-2018; @jones-2018; @rat-2019]"),
            ("Alcohol fragments sleep [@lee-2015].", "Ketamine is new here [@jones-2018; @rat-2019; @park-2018]."), ("heart [@hand-2020]", "heart [@jones-2018]")])
        {
            ketamine.ShouldContain(before);
            ketamine = ketamine.Replace(before, after, StringComparison.Ordinal);
        }

        site.WriteText("substances/ketamine.md", ketamine);
        File.Delete(Path.Combine(site.InputDirectory, "substances", "alcohol.md"));
        File.Delete(Path.Combine(site.InputDirectory, "references", "hand-2020.md"));
        site.WriteText("references/rat-2019.md", RetractionSites.Reference("Rats <learn>", "2019", "URL: https://example.org/rats?a=1&b=2", evidence: "rct"));
        site.WriteText("references/jones-2018.md", RetractionSites.Reference("Opioid users followed up", "2018", "DOI: 10.1000/jones.2018\nstatus: retracted"));
        site.BuildInto("second").Written.ShouldBeTrue();
        var changes = EditionComparer.Compare(
            EditionReader.Read(Path.Combine(site.Root, "first", "claims.json"), site.Root), EditionReader.Read(Path.Combine(site.Root, "second", "claims.json"), site.Root));
        var models = Models(site.InputDirectory, site.Root, changes);

        // When each page is rendered both ways
        var (written, interpreted) = RenderBoth(models);

        // Then they are the same, and the changes page went through every kind of change
        written.ShouldBe(interpreted);
        var page = written[models.FindIndex(m => m is ChangesPageModel)];
        foreach (var mark in (string[])["data-claim-change=\"added\"", "data-claim-change=\"changed\"", "data-claim-change=\"removed\"", "class=\"before-after\"",
            "class=\"citations-added\"", "class=\"citations-removed\"", "class=\"evidence-changed\"", "class=\"status-changed\"", "data-cite=", "<code>hand-2020</code>"])
        {
            page.ShouldContain(mark);
        }

        page.Contains("class=\"changes-feed\"", StringComparison.Ordinal).ShouldBe(published);
    }

    [Fact]
    public void Should_write_the_pages_of_a_site_with_nothing_in_it_yet_as_the_interpreted_templates_do()
    {
        // Given a site of a home page alone: no substance, mechanism, condition or reference
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Empty\n",
            ["index.md"] = "---\ntitle: Home\n---\n",
        });
        var models = Models(site.InputDirectory, site.Root);

        // When each page is rendered both ways
        var (written, interpreted) = RenderBoth(models);

        // Then they are the same, the lists and the bibliography saying there is nothing yet
        written.ShouldBe(interpreted);
        string.Concat(written).ShouldContain("<p class=\"empty\">");
    }

    [Fact]
    public void Should_write_an_evidence_map_too_large_for_a_table_as_the_interpreted_templates_do()
    {
        // Given a site of more mechanisms than a grid shows as columns, a substance that lists them all and links two in
        // claims (one citing a retracted work), and one that lists one without a claim
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Wide\nclaims:\n  substances: sentence\n",
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\nmechanisms: [{string.Join(", ", Enumerable.Range(1, 25).Select(i => $"m{i}"))}]\n---\n\n" +
                "It acts through [[m1]] [@jones-2018]. It acts through [[m2]] [@hand-2020; @jones-2018].\n",
            ["substances/cocaine.md"] = "---\ntitle: Cocaine\nmechanisms: [m3]\n---\n\n::: editorial\nNothing yet.\n:::\n",
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: rct\n---\n",
            ["references/hand-2020.md"] = "---\ntype: article-journal\ntitle: Retracted one\nauthor: [Smith J]\ncontainer-title: J Ex\nstatus: retracted\nissued: 2020\n---\n",
        };
        foreach (var i in Enumerable.Range(1, 25))
        {
            files[$"mechanisms/m{i}.md"] = $"---\ntitle: Mechanism {i}\n---\n\n::: editorial\nText.\n:::\n";
        }

        using var site = TestSite.Write(files);
        var models = Models(site.InputDirectory, site.Root);

        // When each page is rendered both ways
        var (written, interpreted) = RenderBoth(models);

        // Then they are the same, and the map lists the substances by mechanism instead of a table
        written.ShouldBe(interpreted);
        var map = written[models.FindIndex(m => m is EvidenceMapPageModel)];
        map.ShouldContain("class=\"grid-omitted\"");
        map.ShouldContain("class=\"pair-list\"");
    }

    [Theory]
    [InlineData("vancouver")]
    [InlineData("apa")]
    public void Should_write_the_partials_that_a_sites_own_copies_of_the_shell_and_the_pages_render_as_the_interpreted_templates_do(string style)
    {
        // Given a site whose theme folder holds its own copies of the layout and of every page template: Fluid renders
        // those, and they render the hot components as partials, through the components' writers
        var files = RichSite("en", style, published: true);
        files["site.yml"] += "theme: look\n";
        var templates = Path.Combine(RepositoryRoot.Path, "theme", "templates");
        foreach (var template in Directory.EnumerateFiles(Path.Combine(templates, "pages")).Append(Path.Combine(templates, "layout.liquid")))
        {
            files[$"look/templates/{Path.GetRelativePath(templates, template).Replace('\\', '/')}"] = File.ReadAllText(template);
        }

        using var site = WriteRich(files);
        var models = Models(site.InputDirectory, site.Root, new EditionChanges([]));
        var theme = (LiquidTheme)new LiquidTheme().Overlay(ThemeFolder.Read(Path.Combine(site.InputDirectory, "look"), "look")).Theme;

        // When each page is rendered with the writers of the partials and with every template interpreted
        var (written, interpreted) = RenderBoth(models, theme);

        // Then every page is the same, and uses the same templates, with only the partials written
        written.ShouldBe(interpreted);
        theme.WrittenTemplates.ShouldBe([
            "templates/components/cited_reference_entry.liquid", "templates/components/citing_pages.liquid", "templates/components/citing_passage.liquid",
            "templates/components/evidence_badge.liquid", "templates/components/evidence_flag_label.liquid",
            "templates/components/reference_list.liquid", "templates/components/retraction_flag_label.liquid",
        ]);
    }

    [Theory]
    [InlineData("templates/components/breadcrumbs.liquid", "/substances/ketamine/", "<p class=\"own\">{{ page.breadcrumbs.size }}</p>", "3")]
    [InlineData("templates/components/search_box.liquid", "/substances/ketamine/", "<p class=\"own\">{{ page.site.strings.search_label }}</p>", "Search")]
    [InlineData("templates/layout.liquid", "/references/jones-2018/", "<p class=\"own\">{{ page.title }}</p>{{ content }}", "Opioid users followed up")]
    [InlineData("templates/components/reviewed_date.liquid", "/substances/ketamine/", "<p class=\"own\">{{ date | iso_date }}</p>", "2023-01-10")]
    [InlineData("templates/components/reader_date.liquid", "/mechanisms/nmda/", "<span class=\"own\">{{ date | iso_date }}</span>", "2025-03-02")]
    [InlineData("templates/components/page_list.liquid", "/mechanisms/nmda/", "<p class=\"own\">{{ items.size }}</p>", "1")]
    [InlineData("templates/components/evidence_chart.liquid", "/mechanisms/nmda/", "<p class=\"own\">{{ summary.total }}</p>", "2")]
    [InlineData("templates/pages/SubstancePage.liquid", "/substances/ketamine/", "<p class=\"own\">{{ page.class }}</p>", "Anaesthetic & more")]
    [InlineData("templates/pages/MechanismPage.liquid", "/mechanisms/nmda/", "<p class=\"own\">{{ page.aliases.first }}</p>", "Glutamate block")]
    [InlineData("templates/components/retraction_notice_box.liquid", "/references/smith-2019/", "<p class=\"own\">{{ notice.record_id }}</p>", "34567")]
    [InlineData("templates/pages/ReferencePage.liquid", "/references/uncited-2021/", "<p class=\"own\">{{ page.doi }}</p>", "10.1000/uncited")]
    public void Should_render_the_sites_own_template_where_a_written_shell_or_page_would_write_it(string template, string url, string markup, string text)
    {
        // Given a site whose theme folder overrides the layout, a page written by C#, or a component one of them writes in place
        var files = RichSite("en", "vancouver", published: false);
        files["site.yml"] += "theme: look\n";
        files[$"look/{template}"] = markup;
        using var site = WriteRich(files);

        // When it is built
        site.Build(output: true);

        // Then the page carries the site's own markup where the template renders
        site.Result.Diagnostics.Where(d => d.Severity == Site.Core.Diagnostics.DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Message}").ShouldBeEmpty();
        site.Page(url).ShouldHave(".own").TextContent.ShouldBe(text);
    }

    [Fact]
    public void Should_render_the_sites_own_template_instead_of_the_writer_of_the_template_it_overrides()
    {
        // Given a site whose theme folder overrides the evidence flag, which the passage writer writes in place
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\ntheme: look\nclaims:\n  substances: sentence\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nKetamine blocks NMDA receptors in rats [@rat-2019].\n",
            ["references/rat-2019.md"] = "---\ntitle: Rats\ntype: report\nissued: 2019\nevidence: animal\n---\n",
            ["look/templates/components/evidence_flag_label.liquid"] = "{% if mark %}<em class=\"own-flag\">{{ mark.label }}</em>{% endif %}",
            ["look/templates/components/cited_reference_entry.liquid"] = "<span class=\"own-entry\">{{ cited.label }}</span>",
        }, output: true);

        // When it is built
        var reference = site.Page("/references/rat-2019/");
        var substance = site.Page("/substances/ketamine/");

        // Then the quoted passage carries the site's flag, and the reference list the site's entry
        site.Result.Diagnostics.ShouldBeEmpty();
        reference.ShouldHave(".cited-by blockquote + .own-flag").TextContent.ShouldNotBeNullOrWhiteSpace();
        reference.QuerySelector(".cited-by .evidence-flag").ShouldBeNull();
        substance.ShouldHave("#ref-rat-2019 .own-entry").TextContent.ShouldContain("1");
        substance.QuerySelector("#ref-rat-2019 .reference-meta").ShouldBeNull();
    }

    // A site reaching every branch of the layout and the substance, mechanism and reference pages.
    private static Dictionary<string, string> RichSite(string language, string style, bool published)
    {
        var address = published ? "baseUrl: https://example.org/base/\n" : "";
        var files = RetractionSites.Files(
            $"title: Rich <site> & \"co\"\ndescription: A site & its \"words\".\n{address}language: {language}\ncitationStyle: {style}\n" +
            "reviewMaxAgeMonths: 12\nretractions: data/retraction_watch.csv\nclaims:\n  substances: sentence\n  mechanisms: sentence\n" +
            "severity:\n  retracted-reference: warning\nstrings:\n  search_kind_claim: \"\"\n",
            "---\ntitle: Ketamine <K>\nclass: Anaesthetic & more\naliases: [Special K, \"K & <co>\"]\nsummary: A drug & \"more\".\n" +
            "mechanisms: [nmda]\nconditions: [depression]\nreviewed: 2023-01-10\n---\n\n" +
            "## Effects <fast>\n\nKetamine relieves depression within hours [@smith-2019].\n\n### Within hours\n\nMethadone affects memory [@park-2018; @jones-2018].\n\n" +
            "### Within days\n\nAlcohol fragments sleep [@lee-2015].\n\n## Harms\n\nCocaine harms the heart [@hand-2020].\n\n" +
            "## Follow-up\n\nOpioid users were followed for years [@jones-2018]. Rats learn faster [@rat-2019].\n\n" +
            "It blocks [[nmda]] receptors [@smith-2019; @jones-2018]. It helps in [[depression]] [@jones-2018].\n");
        files["substances/cocaine.md"] = "---\ntitle: Cocaine\n---\n\n::: editorial\nNothing is cited here yet.\n:::\n";
        files["substances/alcohol.md"] = "---\ntitle: Alcohol\nreviewed: 2025-05-01\n---\n\nAlcohol was studied once [@hand-2020].\n";
        files["mechanisms/nmda.md"] = "---\ntitle: NMDA <antagonism>\naliases: [Glutamate block]\nsummary: How it acts.\nreviewed: 2025-03-02\n---\n\n" +
            "## One\n\nIt blocks a receptor [@jones-2018].\n\n## Two\n\nIt blocks it for hours [@jones-2018].\n\n## Three\n\nIt blocks it in rats [@rat-2019].\n";
        files["mechanisms/empty.md"] = "---\ntitle: Empty mechanism\n---\n\n::: editorial\nNo substance acts through it.\n:::\n";
        files["conditions/depression.md"] = "---\ntitle: Depression\nsummary: Low mood.\n---\n\n::: editorial\nA condition.\n:::\n";
        files["about.md"] = "---\ntitle: About\n---\n\n::: editorial\nSee [[uncited-2021]] and [[jones-2018]].\n:::\n";
        files["references/rat-2019.md"] = RetractionSites.Reference("Rats <learn>", "2019", "URL: https://example.org/rats?a=1&b=2", evidence: "animal");
        files["references/uncited-2021.md"] = "---\ntype: article-journal\ntitle: Nobody cites this\nauthor: [Doe J]\ncontainer-title: J Ex\nissued: 2021\n" +
            "DOI: 10.1000/uncited\nPMID: '31000009'\nURL: https://example.org/uncited\nabstract: \"First <part> & more.\\n\\nSecond part.\"\nevidence: cohort\n---\n\n" +
            "An editor's note on this work.\n";
        return files;
    }

    // The rich site's files, with the Retraction Watch rows it needs (the fixture's first rows, none of its broken ones).
    private static TestSite WriteRich(Dictionary<string, string> files)
    {
        var site = TestSite.Write(files);
        var rows = File.ReadAllText(RetractionSites.DataFile).Split('\n').Take(10);
        site.WriteText("data/retraction_watch.csv", string.Join('\n', rows) + "\n");
        return site;
    }

    private static List<PageModel> Models(string input, string root, EditionChanges? changes = null)
    {
        var compilation = new SiteCompiler(new LiquidTheme(), input, root, TestSite.Today).Compile();
        var factory = new PageModelFactory(compilation.Graph, compilation.Assets, TestSite.Today, changes);
        return [.. factory.Plan().Select(factory.Create)];
    }

    // Each page rendered with the writers and with every template interpreted; the templates each page was recorded to use
    // (preview renders a page again when one of them changes) must be the same both ways.
    private static (List<string> Written, List<string> Interpreted) RenderBoth(List<PageModel> models, LiquidTheme? theme = null)
    {
        theme ??= new LiquidTheme();
        using var written = theme.CreateRenderer();
        using var interpreted = theme.Interpreted().CreateRenderer();
        var (writtenPages, interpretedPages) = (new List<string>(), new List<string>());
        foreach (var model in models)
        {
            var (writtenTemplates, interpretedTemplates) = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
            writtenPages.Add(written.Render(model, writtenTemplates));
            interpretedPages.Add(interpreted.Render(model, interpretedTemplates));
            writtenTemplates.ShouldBe(interpretedTemplates, $"the templates {model.Url} uses");
        }

        return (writtenPages, interpretedPages);
    }
}
