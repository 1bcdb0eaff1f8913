using System.Text;
using Site.Core.Building;
using Site.Core.Editions;
using Site.Core.Exporting;
using Site.Core.Rendering.Dependencies;
using Site.Theme;

namespace Site.Core.Tests.Building;

public sealed class SiteCompilerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-compiler-tests", Guid.NewGuid().ToString("N"));

    public SiteCompilerTests() => WriteSite();

    private void WriteSite()
    {
        Write("site.yml", "title: Test\n");
        Write("index.md", "---\ntitle: Home\n---\n\nSee [[ketamine]] and [[about]].\n");
        Write("about.md", "---\ntitle: About\n---\n\n## Policy\n\nLinks: [[ketamine#dosing]], [k](substances/ketamine.md), [[nmda]].\n");
        Write("substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\nconditions: [aud]\nsummary: An anaesthetic.\n---\n\n## Dosing\n\nSee [[methadone]] and [[jones-2018]].\n\nIt reduced use [@jones-2018].\n");
        Write("substances/methadone.md", "---\ntitle: Methadone\nmechanisms: [opioid]\n---\n\nSee [[ketamine]] [@smith-2020; @jones-2018].\n");
        Write("mechanisms/nmda.md", "---\ntitle: NMDA antagonism\nsummary: Blocks NMDA receptors.\n---\n\nActs via [[ketamine]].\n");
        Write("conditions/aud.md", "---\ntitle: Alcohol use disorder\nsummary: Harmful drinking.\n---\n\nIt is common [@jones-2018].\n");
        Write("references/jones-2018.md", "---\ntitle: A study\ntype: report\nissued: 2018\n---\n\nAnnotation.\n");
        Write("references/smith-2020.md", "---\ntitle: A trial\ntype: report\nissued: 2020\nevidence: rct\n---\n\nAnnotation.\n");
    }

    private static readonly string[] EditKinds =
    [
        "body", "prose", "title", "summary", "mechanism-list", "new-mechanism", "delete-linked", "add-missing", "rename",
        "config", "asset", "duplicate", "reference-link", "heading",
        "cite", "passage", "reference-entry", "evidence", "unknown-key", "add-cited", "uncite-all",
        "claim-link", "flag", "condition-list", "condition-claim", "condition-summary",
    ];

    public static TheoryData<string> Edits => new(EditKinds);

    // Edits in an order where each kind of read has one that changes what it read and nothing else a page records:
    // a reference's page lists links to it, a page's numbering changes when the work it cites appears, a day passes.
    private static readonly string[] MutationEdits =
    [
        "title", "prose", "heading", "config", "body", "passage", "cite", "reference-link", "claim-link", "link-mechanism", "mechanism-list",
        "new-mechanism", "new-substance", "new-condition", "unknown-key", "add-cited", "delete-linked", "delete-linked", "reviewed", "new-day",
        "evidence-age", "new-day", "retractions-on", "retract", "apa", "twin",
    ];

    // The kinds of read the recorder knows, from the recorder itself.
    public static TheoryData<string> DependencyKindNames => new(DependencyKinds.All.Select(k => k.Name));

    [Theory]
    [MemberData(nameof(DependencyKindNames))]
    public void Should_leave_a_page_stale_when_one_kind_of_read_goes_unrecorded(string kind)
    {
        // Given a compiler whose pages do not record one kind of read
        var dropped = DependencyKinds.All.Single(k => k.Name == kind);

        // When the edits are made one by one, on a site without a previous edition and then on one with it
        var stale = FirstStaleEdit(dropped, withPreviousEdition: false) ?? FirstStaleEdit(dropped, withPreviousEdition: true);

        // Then some edit leaves a page or an export other than a full compile makes it
        stale.ShouldNotBeNull($"no edit shows that '{kind}' must be recorded");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_give_the_same_pages_as_a_full_compile_over_the_edits_that_prove_each_read(bool withPreviousEdition)
    {
        // Given a compiler that records every read
        // When the same edits as the mutation test's are made
        var stale = FirstStaleEdit(dropped: null, withPreviousEdition);

        // Then after each, every page and export is what a full compile makes
        stale.ShouldBeNull();
    }

    [Fact]
    public void Should_list_every_kind_of_read_the_recorder_defines()
    {
        // Given the recorder's kinds
        var kinds = DependencyKinds.All;

        // When they are counted by name
        var names = kinds.Select(k => k.Name).ToList();

        // Then each property of the registry is one, each with its own name
        names.Count.ShouldBe(typeof(DependencyKinds).GetProperties().Count(p => p.PropertyType == typeof(DependencyKind)));
        names.ShouldBeUnique();
        names.ShouldContain("front-matter");
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Should_give_the_same_pages_incrementally_as_a_full_compile(string edit)
    {
        // Given a compiled site
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When one kind of edit is made and the site is compiled again incrementally
        var changed = Apply(edit);
        var incremental = compiler.Compile(changed);

        // Then every page is byte for byte what a fresh compiler makes, with the same diagnostics
        var full = new SiteCompiler(new LiquidTheme(), Input, _root).Compile();
        Pages(incremental).ShouldBe(Pages(full));
        incremental.Diagnostics.Select(d => d.ToString()).ShouldBe(full.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Should_show_a_changed_flag_on_the_claim_and_the_evidence_map_incrementally()
    {
        // Given a compiled site where a claim links ketamine to its mechanism and cites one trial
        Apply("claim-link");
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When the trial turns out to be an animal study
        var incremental = compiler.Compile(Apply("flag"));

        // Then the claim's page and the map are rendered again, flagged, as a full compile has them
        incremental.RenderedUrls.ShouldContain("/substances/ketamine/");
        incremental.RenderedUrls.ShouldContain("/evidence/");
        incremental.Site.PageAt("/evidence/")!.Html.ShouldContain("animal or laboratory data only");
        Pages(incremental).ShouldBe(Pages(new SiteCompiler(new LiquidTheme(), Input, _root).Compile()));
    }

    [Fact]
    public void Should_flag_every_page_anew_when_the_retraction_data_changes_and_nothing_else_does()
    {
        // Given a compiled site whose retraction data names none of its works, and smith-2020 with a DOI
        const string Header = "Record ID,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason\n";
        Write("references/smith-2020.md", "---\ntitle: A trial\ntype: report\nissued: 2020\nevidence: rct\nDOI: 10.1000/smith.2020\n---\n\nAnnotation.\n");
        Write("site.yml", "title: Test\nretractions: retraction_watch.csv\n");
        Write("retraction_watch.csv", Header);
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile().Site.PageAt("/substances/methadone/")!.Html.ShouldNotContain("cites a retracted study");

        // When the data file alone changes: the trial is retracted
        Write("retraction_watch.csv", Header + "1,3/4/2021 0:00,unavailable,0,10.1000/smith.2020,0,Retraction,+Error in Analyses;\n");
        var incremental = compiler.Compile();

        // Then the citing page, the reference's page and the exports show it, as a full compile has them
        incremental.Site.PageAt("/substances/methadone/")!.Html.ShouldContain("cites a retracted study");
        incremental.Site.PageAt("/references/smith-2020/")!.Html.ShouldContain("This study was retracted");
        incremental.Diagnostics.ShouldContain(d => d.Code == "retracted-reference");
        Pages(incremental).ShouldBe(Pages(new SiteCompiler(new LiquidTheme(), Input, _root).Compile()));
    }

    [Fact]
    public void Should_stay_equal_to_a_full_compile_over_a_random_sequence_of_edits()
    {
        // Given a compiled site and a fixed random sequence of edits
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();
        var random = new Random(20261121);
        var edits = EditKinds;

        for (var step = 0; step < 40; step++)
        {
            // When an edit is made and compiled incrementally
            var edit = edits[random.Next(edits.Length)];
            var incremental = compiler.Compile(Apply(edit, step));

            // Then the pages equal a fresh full compile
            var full = new SiteCompiler(new LiquidTheme(), Input, _root).Compile();
            Pages(incremental).ShouldBe(Pages(full), $"step {step}: {edit}");
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Should_give_the_same_pages_as_a_full_compile_when_told_the_changed_files_are_all_there_is(string edit)
    {
        // Given a compiled site
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When one kind of edit is made and the compiler is told that the files it wrote are every change (preview's watcher)
        var incremental = compiler.Compile(Apply(edit), namedOnly: true);

        // Then every page and diagnostic is what a fresh compiler makes, and nothing is left unread
        var full = new SiteCompiler(new LiquidTheme(), Input, _root).Compile();
        Pages(incremental).ShouldBe(Pages(full));
        incremental.Diagnostics.Select(d => d.ToString()).ShouldBe(full.Diagnostics.Select(d => d.ToString()));
        compiler.HasUnreadChanges().ShouldBeFalse();
    }

    [Theory]
    [InlineData("references/jones-2018.md", "\nIts notes link [[ketamine]] and cite [@smith-2020].\n")]
    [InlineData("mechanisms/nmda.md", "\nIt is listed and linked by [[methadone]] [@smith-2020].\n")]
    [InlineData("substances/ketamine.md", "\n## Dosing\n\nA second heading of the same name [@smith-2020].\n")]
    [InlineData("conditions/aud.md", "\nIt drops its claim of jones-2018 and cites @smith-2020 in the text.\n")]
    public void Should_give_the_same_pages_and_diagnostics_as_a_full_compile_after_a_body_edit_of_a_document_others_name(string path, string added)
    {
        // Given a compiled site, where other pages link to, list or cite the document
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When only its body changes, twice (the second compile patches a patched graph), told as preview is
        var first = compiler.Compile(Write(path, Read(path) + added), namedOnly: true);
        var fresh = new SiteCompiler(new LiquidTheme(), Input, _root).Compile();
        var second = compiler.Compile(Write(path, Read(path).Replace("[@jones-2018]", string.Empty, StringComparison.Ordinal) + "\nMore.\n"), namedOnly: true);

        // Then each time the pages and diagnostics are what a fresh compiler makes
        Pages(first).ShouldBe(Pages(fresh));
        first.Diagnostics.Select(d => d.ToString()).ShouldBe(fresh.Diagnostics.Select(d => d.ToString()));
        var full = new SiteCompiler(new LiquidTheme(), Input, _root).Compile();
        Pages(second).ShouldBe(Pages(full));
        second.Diagnostics.Select(d => d.ToString()).ShouldBe(full.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Should_see_a_change_behind_the_named_files_when_asked_and_at_the_next_compile_not_told()
    {
        // Given a compiled site
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When one file is edited and named alone, while another page is added and a mechanism edited unnamed
        var named = Apply("prose");
        Write("extra.md", "---\ntitle: Extra\n---\n\nSee [[ketamine]].\n");
        Write("mechanisms/nmda.md", Read("mechanisms/nmda.md") + "\nUnnamed words.\n");
        var told = compiler.Compile(named, namedOnly: true);

        // Then the named edit is built alone, the others are seen as unread, and a compile not told reads them
        told.Site.PageAt("/extra/").ShouldBeNull();
        compiler.HasUnreadChanges().ShouldBeTrue();
        var untold = compiler.Compile();
        untold.Site.PageAt("/extra/").ShouldNotBeNull();
        untold.Site.PageAt("/mechanisms/nmda/")!.Html.ShouldContain("Unnamed words.");
        compiler.HasUnreadChanges().ShouldBeFalse();
        Pages(untold).ShouldBe(Pages(new SiteCompiler(new LiquidTheme(), Input, _root).Compile()));
    }

    [Fact]
    public void Should_render_only_the_edited_page_after_a_body_edit()
    {
        // Given a compiled site
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        var first = compiler.Compile();

        // When only the wording of a substance's text changes (no claim, citation or link comes or goes)
        var result = compiler.Compile(Apply("prose"));

        // Then only that page is rendered again
        first.RenderedUrls.Count.ShouldBeGreaterThan(5);
        result.RenderedUrls.ShouldBe(["/substances/ketamine/"]);
    }

    [Fact]
    public void Should_render_the_home_page_again_when_a_substance_gains_a_claim()
    {
        // Given a compiled site, whose home page counts the claims of each substance
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When a paragraph, a new claim, is added to a substance
        var result = compiler.Compile(Apply("body"));

        // Then the substance and the home page are rendered again, and nothing else
        result.RenderedUrls.ShouldBe(["/", "/substances/ketamine/"], ignoreOrder: true);
        result.Site.PageAt("/")!.Html.ShouldContain("1 reference · 3 claims");
    }

    [Fact]
    public void Should_render_every_page_again_under_the_new_names_when_the_theme_stylesheet_changes()
    {
        // Given a site compiled with a theme read from a folder
        var theme = Path.Combine(_root, "theme");
        var assets = Path.Combine(theme, "assets");
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: black; }\n");
        File.WriteAllText(Path.Combine(assets, "site.js"), "// nothing\n");
        var compiler = new SiteCompiler(LiquidTheme.FromDirectory(theme), Input, _root);
        var first = compiler.Compile();

        // When the stylesheet is edited and the site compiled again, with no content change
        File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: navy; }\n");
        var second = compiler.Compile();

        // Then the stylesheet has a new name, every page is rendered again and links to it, and the script keeps its name
        var (oldCss, newCss) = (first.Assets.Files[0].Url, second.Assets.Files[0].Url);
        newCss.ShouldNotBe(oldCss);
        newCss.ShouldMatch(@"^/theme/site\.[0-9a-f]{10}\.css$");
        second.Assets.Files[1].Url.ShouldBe(first.Assets.Files[1].Url);
        second.RenderedUrls.Count.ShouldBe(first.RenderedUrls.Count);
        var (newName, oldName) = (Path.GetFileName(newCss), Path.GetFileName(oldCss));
        second.Site.Pages.ShouldAllBe(p => p.Html.Contains(newName) && !p.Html.Contains(oldName));
    }

    [Fact]
    public void Should_render_pages_that_show_a_changed_title()
    {
        // Given a compiled site
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        compiler.Compile();

        // When a substance's title changes
        var result = compiler.Compile(Apply("title"));

        // Then the pages that show it are rendered again, and unrelated ones are not
        result.RenderedUrls.ShouldContain("/substances/ketamine/");
        result.RenderedUrls.ShouldContain("/");
        result.RenderedUrls.ShouldContain("/about/");
        result.RenderedUrls.ShouldContain("/mechanisms/nmda/");
        result.RenderedUrls.ShouldContain("/substances/methadone/");
        result.RenderedUrls.ShouldNotContain("/404.html");
    }

    // Runs the mutation edits (with a previous edition: the claims of a substance since deleted, which comes back
    // without claims, and a claim reworded) and returns the first after which incremental and full compiles differ.
    private string? FirstStaleEdit(DependencyKind? dropped, bool withPreviousEdition)
    {
        foreach (var file in Directory.EnumerateFileSystemEntries(_root))
        {
            if (Directory.Exists(file))
            {
                Directory.Delete(file, recursive: true);
            }
            else
            {
                File.Delete(file);
            }
        }

        WriteSite();
        var date = new DateOnly(2021, 6, 1);
        Edition? previous = null;
        string[] edits = MutationEdits;
        if (withPreviousEdition)
        {
            Write("substances/cannabis.md", "---\ntitle: Cannabis\n---\n\nIt was studied [@jones-2018].\n");
            var before = new SiteCompiler(new LiquidTheme(), Input, _root, date).Compile();
            previous = EditionReader.Parse(ClaimsJsonExport.Write(before.Graph), "claims.json");
            Delete("substances/cannabis.md");
            edits = ["cannabis-back", "passage"];
        }

        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root, previous: previous) { Dropping = dropped, Date = date };
        compiler.Compile();
        for (var step = 0; step < edits.Length; step++)
        {
            var edit = edits[step];
            if (edit == "new-day")
            {
                date = date.AddYears(4);
                compiler.Date = date;
            }
            else
            {
                Apply(edit, step);
            }

            var incremental = compiler.Compile();
            var full = new SiteCompiler(new LiquidTheme(), Input, _root, previous: previous) { Date = date }.Compile();
            if (!Pages(incremental).SequenceEqual(Pages(full)))
            {
                return edit;
            }
        }

        return null;
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

    [Fact]
    public void Should_render_again_only_the_pages_that_use_a_template_of_the_sites_theme_when_it_changes()
    {
        // Given a site with a theme folder of its own, compiled once
        Write("site.yml", "title: Test\ntheme: look\n");
        Write("look/README.md", "The site's look.\n");
        var compiler = new SiteCompiler(new LiquidTheme(), Input, _root);
        var first = compiler.Compile();
        var substances = first.Site.Pages.Select(p => p.Url).Where(u => u.StartsWith("/substances/", StringComparison.Ordinal) && u != "/substances/").ToList();
        substances.Count.ShouldBe(2);

        // When it gains its own substance page template, then an edit to a file no template is, then its own layout
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "templates", "pages", "SubstancePage.liquid"));
        Write("look/templates/pages/SubstancePage.liquid", page.Replace("<article class=\"substance\">", "<article class=\"substance\" data-look=\"own\">", StringComparison.Ordinal));
        var overridden = compiler.Compile(Write("look/templates/pages/SubstancePage.liquid", Read("look/templates/pages/SubstancePage.liquid")));
        var noted = compiler.Compile(Write("look/README.md", "The site's look, explained.\n"));
        var layout = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "templates", "layout.liquid"));
        var relaid = compiler.Compile(Write("look/templates/layout.liquid", layout.Replace("<body>", "<body data-look=\"own\">", StringComparison.Ordinal)));

        // Then exactly the substance pages are rendered again, with the new template; a note renders nothing; the layout, everything
        overridden.Diagnostics.ShouldNotContain(d => d.Descriptor.Code == "invalid-template" || d.Descriptor.Code == "invalid-theme");
        overridden.RenderedUrls.Order(StringComparer.Ordinal).ShouldBe(substances.Order(StringComparer.Ordinal));
        overridden.Site.PageAt(substances[0])!.Html.ShouldContain("data-look=\"own\"");
        noted.RenderedUrls.ShouldBeEmpty();
        relaid.RenderedUrls.Count.ShouldBe(first.Site.Pages.Count);
        Pages(relaid).ShouldBe(Pages(new SiteCompiler(new LiquidTheme(), Input, _root).Compile()));
    }

    [Fact]
    public void Should_give_a_sites_own_layout_the_page_content_as_a_string_its_filters_and_operators_read()
    {
        // Given a site whose own layout measures and searches the page's content
        Write("site.yml", "title: Test\ntheme: look\n");
        Write("look/templates/layout.liquid",
            "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ content | raw }}" +
            "<p id=\"size\">{{ content | size }}</p><p id=\"text-size\">{{ content | strip_html | size }}</p>" +
            "<p id=\"has\">{% if content contains '<article' %}yes{% else %}no{% endif %}</p></body></html>\n");

        // When it is compiled
        var compilation = new SiteCompiler(new LiquidTheme(), Input, _root).Compile();

        // Then on a substance page the content has its length, more than its text's, and contains the article
        compilation.Diagnostics.ShouldNotContain(d => d.Descriptor.Code == "invalid-template");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(compilation.Site.PageAt("/substances/ketamine/")!.Html);
        var size = int.Parse(page.QuerySelector("#size")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        size.ShouldBeGreaterThan(100);
        int.Parse(page.QuerySelector("#text-size")!.TextContent, System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThan(size);
        page.QuerySelector("#has")!.TextContent.ShouldBe("yes");
    }

    private string Input => Path.Combine(_root, "input");

    private HashSet<string> Apply(string edit, int step = 0)
    {
        var s = step.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (edit)
        {
            case "body":
                return Write("substances/ketamine.md", Read("substances/ketamine.md") + $"\nMore text {s}.\n");
            case "prose":
                var prose = Read("substances/ketamine.md");
                return Write("substances/ketamine.md", prose.Contains("See also [[methadone]]") ? prose.Replace("See also [[methadone]]", "See [[methadone]]") : prose.Replace("See [[methadone]]", "See also [[methadone]]"));
            case "title":
                return Write("substances/ketamine.md", Read("substances/ketamine.md").Replace("title: Ketamine", $"title: Ketamine {s}x"));
            case "summary":
                return Write("mechanisms/nmda.md", Read("mechanisms/nmda.md").Replace("summary: Blocks", $"summary: {s} Blocks"));
            case "mechanism-list":
                var methadone = Read("substances/methadone.md");
                return Write("substances/methadone.md", methadone.Contains("[opioid]") ? methadone.Replace("[opioid]", "[opioid, nmda]") : methadone.Replace("[opioid, nmda]", "[opioid]"));
            case "new-mechanism":
                return Exists("mechanisms/opioid.md") ? Delete("mechanisms/opioid.md") : Write("mechanisms/opioid.md", $"---\ntitle: Opioid agonism {s}\n---\n\nText.\n");
            case "delete-linked":
                return Exists("about.md") ? Delete("about.md") : Write("about.md", "---\ntitle: About\n---\n\n## Policy\n\nLinks: [[ketamine#dosing]].\n");
            case "add-missing":
                return Exists("glossary.md") ? Delete("glossary.md") : Write("glossary.md", "---\ntitle: Glossary\n---\n\nSee [[ketamine]].\n");
            case "rename":
                if (Exists("references/jones-2018.md"))
                {
                    var text = Read("references/jones-2018.md");
                    Delete("references/jones-2018.md");
                    return [.. Write("references/jones-2019.md", text), "references/jones-2018.md"];
                }

                if (Exists("references/jones-2019.md"))
                {
                    var text = Read("references/jones-2019.md");
                    Delete("references/jones-2019.md");
                    return [.. Write("references/jones-2018.md", text), "references/jones-2019.md"];
                }

                return [];
            case "config":
                return Write("site.yml", $"title: Test {s}\n");
            case "asset":
                if (Exists("assets/a.svg"))
                {
                    File.Delete(Path.Combine(Input, "assets/a.svg"));
                    return ["assets/a.svg"];
                }

                // Both files named: a compile told they are every change reads no other.
                return [.. Write("assets/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), .. Write("about.md", Read("about.md") + "\n![a](assets/a.svg)\n")];
            case "duplicate":
                return Exists("mechanisms/methadone.md") ? Delete("mechanisms/methadone.md") : Write("mechanisms/methadone.md", "---\ntitle: Methadone mechanism\n---\n\nText.\n");
            case "reference-link":
                var about = Read("about.md");
                return about.Contains("[[jones-2018]]") ? Write("about.md", about.Replace(" [[jones-2018]]", string.Empty)) : Write("about.md", about + "\nCited: [[jones-2018]]\n");
            case "heading":
                var ketamine = Read("substances/ketamine.md");
                return Write("substances/ketamine.md", ketamine.Contains("## Dosing") ? ketamine.Replace("## Dosing", "## Dose") : ketamine.Replace("## Dose", "## Dosing"));
            case "cite":
                var policy = Read("about.md");
                return policy.Contains("[@smith-2020]") ? Write("about.md", policy.Replace(" [@smith-2020]", string.Empty)) : Write("about.md", policy + "\nTrials [@smith-2020].\n");
            case "passage":
                return Write("substances/ketamine.md", Read("substances/ketamine.md").Replace("It reduced use", $"It reduced use {s}x"));
            case "reference-entry":
                return Write("references/smith-2020.md", Read("references/smith-2020.md").Replace("title: A trial", $"title: A trial {s}x"));
            case "evidence":
                var smith = Read("references/smith-2020.md");
                return Write("references/smith-2020.md", smith.Contains("evidence: rct") ? smith.Replace("evidence: rct", "evidence: cohort") : smith.Replace("evidence: cohort", "evidence: rct"));
            case "unknown-key":
                var page = Read("about.md");
                return page.Contains("[@nobody-2000]") ? Write("about.md", page.Replace(" [@nobody-2000]", string.Empty)) : Write("about.md", page + "\nUnsure [@nobody-2000].\n");
            case "add-cited":
                return Exists("references/nobody-2000.md") ? Delete("references/nobody-2000.md") : Write("references/nobody-2000.md", "---\ntitle: Nobody\ntype: report\nissued: 2000\n---\n");
            case "uncite-all":
                var methadoneText = Read("substances/methadone.md");
                return methadoneText.Contains(" [@smith-2020; @jones-2018]")
                    ? Write("substances/methadone.md", methadoneText.Replace(" [@smith-2020; @jones-2018]", string.Empty))
                    : Write("substances/methadone.md", methadoneText.Replace("See [[ketamine]]", "See [[ketamine]] [@smith-2020; @jones-2018]"));
            case "claim-link":
                // A claim linking ketamine to its mechanism: the evidence map lists it.
                var linking = Read("substances/ketamine.md");
                return linking.Contains("It blocks [[nmda]]")
                    ? Write("substances/ketamine.md", linking.Replace("\nIt blocks [[nmda]] [@smith-2020].\n", string.Empty))
                    : Write("substances/ketamine.md", linking + "\nIt blocks [[nmda]] [@smith-2020].\n");
            case "flag":
                // An animal study alone flags the claims citing it, on their page, on the map and where other references quote them.
                var trial = Read("references/smith-2020.md");
                return trial.Contains("evidence: animal")
                    ? Write("references/smith-2020.md", trial.Replace("evidence: animal", "evidence: rct"))
                    : Write("references/smith-2020.md", trial.Replace("evidence: rct", "evidence: animal").Replace("evidence: cohort", "evidence: animal"));
            case "link-mechanism":
                // A substance links to a mechanism it does not list: the evidence map's row for it gains a column.
                return Write("substances/methadone.md", Read("substances/methadone.md") + "\nCompare [[nmda]].\n");
            case "new-condition":
                return Write("conditions/cocaine-use-disorder.md", $"---\ntitle: Cocaine use disorder {s}\n---\n\nA condition [@jones-2018].\n");
            case "new-substance":
                return Write("substances/cocaine.md", $"---\ntitle: Cocaine {s}\n---\n\nA stimulant [@jones-2018].\n");
            case "reviewed":
                return Write("substances/ketamine.md", Read("substances/ketamine.md").Replace("summary: An anaesthetic.", "summary: An anaesthetic.\nreviewed: 2021-01-01"));
            case "evidence-age":
                return Write("site.yml", "title: Test\nevidenceMaxAgeYears: 5\n");
            case "retractions-on":
                Write("references/smith-2020.md", Read("references/smith-2020.md").Replace("issued: 2020", "issued: 2020\nDOI: 10.1000/smith.2020"));
                Write("retraction_watch.csv", RetractionHeader);
                return Write("site.yml", "title: Test\nevidenceMaxAgeYears: 5\nretractions: retraction_watch.csv\n");
            case "retract":
                return Write("retraction_watch.csv", RetractionHeader + "1,3/4/2021 0:00,unavailable,0,10.1000/smith.2020,0,Retraction,+Error in Analyses;\n");
            case "apa":
                return Write("site.yml", "title: Test\ncitationStyle: apa\n");
            case "twin":
                // A second work of the same author and year: the first one's label becomes 2018a on every page that cites it.
                return Write("references/jones-2018-twin.md", "---\ntitle: A study\ntype: report\nissued: 2018\n---\n\nAnother.\n");
            case "cannabis-back":
                // Back, with no claims: what changed since the previous edition is the same, but its page now has a title to show.
                return Write("substances/cannabis.md", "---\ntitle: Cannabis\n---\n\n## Notes\n");
            case "condition-list":
                var listing = Read("substances/methadone.md");
                return Write("substances/methadone.md", listing.Contains("conditions: [aud]\n") ? listing.Replace("conditions: [aud]\n", string.Empty) : listing.Replace("mechanisms:", "conditions: [aud]\nmechanisms:"));
            case "condition-claim":
                // A claim linking ketamine to the condition, added, then reworded, then removed: its page and the map quote it.
                var studied = Read("substances/ketamine.md");
                var line = studied.Split('\n').FirstOrDefault(l => l.StartsWith("It reduced drinking in [[aud]]", StringComparison.Ordinal));
                return line is null ? Write("substances/ketamine.md", studied + "\nIt reduced drinking in [[aud]] [@smith-2020].\n")
                    : line.Contains("[[aud]] [@", StringComparison.Ordinal) ? Write("substances/ketamine.md", studied.Replace(line, $"It reduced drinking in [[aud]] {s}x [@smith-2020]."))
                    : Write("substances/ketamine.md", studied.Replace("\n" + line + "\n", string.Empty));
            case "condition-summary":
                return Write("conditions/aud.md", Read("conditions/aud.md").Replace("summary: Harmful", $"summary: {s} Harmful"));
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    private const string RetractionHeader = "Record ID,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason\n";

    private bool Exists(string path) => File.Exists(Path.Combine(Input, path));

    private string Read(string path) => Exists(path) ? File.ReadAllText(Path.Combine(Input, path)) : string.Empty;

    private HashSet<string> Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return [path];
    }

    private HashSet<string> Delete(string path)
    {
        File.Delete(Path.Combine(Input, path));
        return [path];
    }

    // Every page and every export (references.json, references.bib), as served.
    private static List<string> Pages(SiteCompilation compilation) =>
    [
        .. compilation.Site.Pages.Select(p => p.Url + "\n" + p.Html),
        .. compilation.Exports.Select(e => e.Url + "\n" + Encoding.UTF8.GetString(e.Content)),
    ];
}
