using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Core.Languages;

namespace Site.Core.Tests.Building;

/// <summary>
/// site.yml's <c>language</c>: the theme's labels and dates in German, French or Spanish, a region tag read as its
/// language, English with a warning for a language the theme has no words for; single labels overridden in site.yml.
/// </summary>
public sealed partial class SiteBuilderTests
{
    // What a page shows of its content rather than the theme's words: the markdown body, quoted claims, entries in the
    // citation style, summaries and descriptions, and the body's headings as "On this page" lists them.
    private const string ContentSelector = ".body, blockquote, .entry, .lead, .summary, .changes-summary, dd, .retraction-reasons, .page-contents ol";

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Should_leave_no_english_label_on_any_page_of_the_real_site_built_in_another_language(string language)
    {
        // Given a copy of the real site in another language
        using var site = RealSiteIn(language);

        // When it is built
        site.Build(output: true);

        // Then no page shows an English label where the theme writes its words: only the content is English
        site.Result.Diagnostics.ShouldAllBe(d => d.Code == "stale-review");
        var pages = site.FilesIn().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBeGreaterThan(35);
        var titles = pages.Select(p => site.Page("/" + p).QuerySelector("h1")?.TextContent.Trim()).OfType<string>().Where(t => t.Length > 0).ToList();
        var english = EnglishLabelsNotIn(SiteStrings.For(language)!);
        var found = new List<string>();
        foreach (var file in pages)
        {
            var text = ThemeText(site.Page("/" + file), titles);
            found.AddRange(english.Where(e => e.Pattern.IsMatch(text)).Select(e => $"{file}: {e.Key} '{e.Fragment}'"));
        }

        found.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en", "Evidence map", "Last reviewed 15 January 2025", "Skip to content")]
    [InlineData("de", "Evidenzkarte", "Zuletzt geprüft am 15. Januar 2025", "Zum Inhalt springen")]
    [InlineData("fr", "Carte des preuves", "Dernière révision le 15 janvier 2025", "Aller au contenu")]
    [InlineData("es", "Mapa de la evidencia", "Última revisión: 15 de enero de 2025", "Saltar al contenido")]
    public void Should_write_labels_and_dates_in_the_sites_language_and_machine_dates_in_iso(string language, string map, string reviewed, string skip)
    {
        // Given a site in a language, with a reviewed substance
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test\nlanguage: {language}\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nreviewed: 2025-01-15\n---\n\n::: editorial\nText.\n:::\n",
        }, output: true);

        // When the substance page is read
        var page = site.Page("/substances/ketamine/");

        // Then the navigation, the review date and the skip link are in the language, and the time element's date is ISO
        site.Result.Diagnostics.ShouldBeEmpty();
        page.QuerySelectorAll("header nav a").Select(a => a.TextContent).ShouldContain(map);
        var date = page.ShouldHave("article .reviewed");
        date.TextContent.ShouldBe(reviewed);
        date.ShouldHave("time").GetAttribute("datetime").ShouldBe("2025-01-15");
        page.ShouldHave(".skip-link").TextContent.ShouldBe(skip);
        page.ShouldHave("html").GetAttribute("lang").ShouldBe(language);
    }

    [Theory]
    [InlineData("en", "en_GB")]
    [InlineData("en-US", "en_US")]
    [InlineData("de", "de_DE")]
    [InlineData("de-AT", "de_AT")]
    [InlineData("de-CH", "de_CH")]
    [InlineData("fr", "fr_FR")]
    [InlineData("fr-BE", "fr_BE")]
    [InlineData("es", "es_ES")]
    [InlineData("es-MX", "es_MX")]
    public void Should_name_the_open_graph_locale_after_the_language_and_its_region(string tag, string locale)
    {
        // Given a site whose language is a tag with or without a region
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test\nlanguage: {tag}\n",
            ["index.md"] = "---\ntitle: Home\n---\n\nSee [[about]].\n",
            ["about.md"] = "---\ntitle: About\n---\n\nText.\n",
        }, output: true);

        // When a page is read
        var page = site.Page("/about/");

        // Then og:locale is language_REGION, the page keeps the site's tag, and a region uses its language's labels
        site.Result.Diagnostics.ShouldNotContain(d => d.Code == "unsupported-language");
        Meta(page, "og:locale").ShouldBe(locale);
        page.ShouldHave("html").GetAttribute("lang").ShouldBe(tag);
        page.ShouldHave(".skip-link").TextContent.ShouldBe(SiteStrings.For(tag)!["skip_to_content"]);
    }

    [Theory]
    [InlineData("it", "it")]
    [InlineData("pt-BR", "pt_BR")]
    public void Should_fall_back_to_english_with_a_warning_at_the_language_for_a_language_without_strings(string tag, string locale)
    {
        // Given a site in a language the theme has no strings file for
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test\ndescription: A site.\nlanguage: {tag}\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nreviewed: 2025-01-15\n---\n\n::: editorial\nText.\n:::\n",
        }, output: true);

        // When it is built
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        var page = site.Page("/substances/ketamine/");

        // Then a warning at the tag names the shipped languages, and the pages are English, still marked with the tag
        DiagnosticLine.Of(diagnostic).ShouldBe("input/site.yml:3:11 warning unsupported-language");
        diagnostic.Hint.ShouldNotBeNull().ShouldContain("de, en, es, fr");
        site.Result.Written.ShouldBeTrue();
        page.ShouldHave("html").GetAttribute("lang").ShouldBe(tag);
        page.ShouldHave("article .reviewed").TextContent.ShouldBe("Last reviewed 15 January 2025");
        Meta(page, "og:locale").ShouldBe(locale);
    }

    [Fact]
    public void Should_show_a_label_site_yml_overrides_in_place_of_the_languages_own()
    {
        // Given a German site that words two labels its own way
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nlanguage: de\nstrings:\n  cited_by: \"Zitiert in <Seiten>\"\n  last_reviewed: \"Geprüft: {date}\"\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nreviewed: 2025-01-15\n---\n\nKetamine blocks NMDA receptors [@jones-2018].\n",
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: rct\n---\n",
        }, output: true);

        // When its pages are read
        var reference = site.Page("/references/jones-2018/");
        var substance = site.Page("/substances/ketamine/");

        // Then the site's labels show, as text, with their places filled, and the others stay German
        site.Result.Diagnostics.ShouldBeEmpty();
        reference.ShouldHave("#cited-by").TextContent.ShouldBe("Zitiert in <Seiten>");
        substance.ShouldHave("article .reviewed").TextContent.ShouldBe("Geprüft: 15. Januar 2025");
        reference.ShouldHave("#abstract, #annotation, .kind").TextContent.ShouldStartWith("Quelle");
    }

    [Fact]
    public void Should_report_an_unknown_label_in_site_yml_with_a_did_you_mean_at_its_key()
    {
        // Given site.yml overriding a label it misspells
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nstrings:\n  cited_bi: Zitiert von\n",
            ["index.md"] = "---\ntitle: Home\n---\n\nText.\n",
        });

        // When it is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the key is reported where it is written, with the label it may mean
        DiagnosticLine.Of(diagnostic).ShouldBe("input/site.yml:3:3 error invalid-front-matter");
        diagnostic.Message.ShouldContain("'cited_bi' is not a valid label");
        diagnostic.Hint.ShouldBe("did you mean 'cited_by'?");
    }

    [Fact]
    public void Should_write_the_retraction_notice_flags_and_counts_in_the_sites_language()
    {
        // Given a French site whose substance cites a retracted study, an animal study and a trial
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nlanguage: fr\nseverity:\n  retracted-reference: warning\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nKetamine blocks NMDA receptors in rats [@rat-2019].\n\nIt helps [@jones-2018; @hand-2020].\n",
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: rct\n---\n",
            ["references/rat-2019.md"] = "---\ntitle: Rats\ntype: report\nissued: 2019\nevidence: animal\n---\n",
            ["references/hand-2020.md"] = "---\ntype: article-journal\ntitle: Retracted one\nauthor: [Smith J]\ncontainer-title: J Ex\nstatus: retracted\nretraction-date: 2021-03-04\nissued: 2020\n---\n",
        }, output: true);

        // When the pages are read
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:7:25 warning retracted-reference"]);
        var substance = site.Page("/substances/ketamine/");
        var retracted = site.Page("/references/hand-2020/");

        // Then the flags, the counts and the notice with its date read in French
        substance.ShouldHave(".body .evidence-flag").TextContent.ShouldBe("données animales ou de laboratoire uniquement");
        substance.ShouldHave(".body .retraction-flag").TextContent.ShouldBe("cite une étude rétractée");
        substance.ShouldHave(".evidence-totals").TextContent.Trim().ShouldBe("2 références distinctes derrière 2 affirmations ; 1 affirmation repose uniquement sur des données animales ou de laboratoire ou sur des cas cliniques.".Replace(" ;", "\u00a0;"));
        substance.ShouldHave(".retracted-not-counted").TextContent.ShouldBe("1 étude rétractée non comptée.");
        substance.ShouldHave("#ref-hand-2020 .retraction-flag").TextContent.ShouldBe("rétractée");
        var notice = retracted.ShouldHave(".retraction-notice");
        notice.ShouldHave("h2").TextContent.ShouldBe("Cette étude a été rétractée");
        notice.ShouldHave("p").TextContent.ShouldStartWith("Le 4 mars 2021, cette étude a été rétractée. Ses résultats sont retirés");
        notice.ShouldHave("time").GetAttribute("datetime").ShouldBe("2021-03-04");
        retracted.ShouldHave(".kind").TextContent.ShouldBe("Référence · Article de revue");
    }

    // A copy of the real site, in a language.
    private static TestSite RealSiteIn(string language)
    {
        var site = TestSite.Write(new Dictionary<string, string>());
        var input = Path.Combine(RepositoryRoot.Path, "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(input, file), File.ReadAllBytes(file));
        }

        var config = File.ReadAllText(Path.Combine(input, "site.yml"));
        config.ShouldContain("language: en\n");
        return site.WriteText("site.yml", config.Replace("language: en\n", $"language: {language}\n", StringComparison.Ordinal));
    }

    // The words the theme put on the page: the visible text and the labels of elements, without the content, the site's
    // title and the pages' titles (which stay as the editors wrote them).
    private static string ThemeText(IDocument page, IReadOnlyList<string> titles)
    {
        foreach (var content in page.QuerySelectorAll(ContentSelector).ToList())
        {
            content.Remove();
        }

        var body = page.Body.ShouldNotBeNull();
        var text = string.Join("\n", [body.TextContent, .. body.QuerySelectorAll("[aria-label], [title]").SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title") }).OfType<string>()]);
        foreach (var title in titles.Append("Evidence on substances").OrderByDescending(t => t.Length))
        {
            text = text.Replace(title, " ", StringComparison.Ordinal);
        }

        return text;
    }

    // The words of each English label that the language words otherwise, as patterns of whole words: a label's text between
    // its places, of at least four letters.
    private static List<(string Key, string Fragment, Regex Pattern)> EnglishLabelsNotIn(SiteStrings strings) =>
    [
        .. SiteStrings.Keys
            .Where(k => SiteStrings.English[k] != strings[k] && !k.StartsWith("date_format", StringComparison.Ordinal) && k is not ("locale" or "plural_one"))
            .SelectMany(k => PlacePattern().Split(SiteStrings.English[k]).Select(f => (Key: k, Fragment: f.Trim(' ', ',', '.', ':', ';', '(', ')'))))
            .Where(f => f.Fragment.Count(char.IsLetter) >= 4 && f.Fragment != strings[f.Key])
            .Select(f => (f.Key, f.Fragment, new Regex($@"(?<![\p{{L}}]){Regex.Escape(f.Fragment)}(?![\p{{L}}])", RegexOptions.CultureInvariant))),
    ];

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex PlacePattern();
}
