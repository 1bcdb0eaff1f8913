using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Core.Tests.Exporting;

namespace Site.Core.Tests.Building;

/// <summary>
/// The citations fixture: three pages citing five references in every form of the syntax, built with
/// the real theme. What a reader sees: numbers, reference lists, back-links, reference pages, the
/// bibliography, and the exports.
/// </summary>
public sealed partial class SiteBuilderTests
{
    private const string Citations = "valid/citations";

    // The pages of the fixture that cite, each with the keys of its reference list in number order.
    private static readonly (string Url, string[] Keys)[] CitingPages =
    [
        ("/substances/ketamine/", ["jones-2018", "hilal-2023", "horowitz-2023", "lalanne-2016", "rowland-2010"]),
        ("/substances/alcohol/", ["jones-2018", "hilal-2023"]),
        ("/mechanisms/nmda-receptor-antagonism/", ["hilal-2023", "rowland-2010"]),
    ];

    [Fact]
    public void Should_build_the_citations_fixture_without_diagnostics()
    {
        // Given the citations fixture
        using var site = TestSite.FromFixture(Citations);

        // When it is built
        var result = site.Build(output: true);

        // Then nothing is reported and every reference has a page
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        result.Written.ShouldBeTrue();
        site.FilesIn().Where(f => f.StartsWith("references/", StringComparison.Ordinal)).ShouldBe(
        [
            "references/hilal-2023/index.html",
            "references/horowitz-2023/index.html",
            "references/index.html",
            "references/jones-2018/index.html",
            "references/lalanne-2016/index.html",
            "references/rowland-2010/index.html",
        ]);
    }

    [Theory]
    [InlineData("/substances/ketamine/", new[] { "cite-1 1", "cite-2 see 2(p. 165)", "cite-3 3", "cite-4 4", "cite-5 5", "cite-6 1–3,5", "cite-7 1", "cite-8 4" })]
    [InlineData("/substances/alcohol/", new[] { "cite-1 1", "cite-2 1,2" })]
    [InlineData("/mechanisms/nmda-receptor-antagonism/", new[] { "cite-1 1", "cite-2 2(p. 577)" })]
    public void Should_number_references_in_order_of_first_citation_and_collapse_runs(string url, string[] expected)
    {
        // Given a page whose first citations fix the numbers, and later ones that cite several at once
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then each citation, in document order, has its id and shows its prefix and sorted, collapsed numbers
        var groups = site.Page(url).QuerySelectorAll("main .body .citation-group");
        groups.Select(g => $"{g.Id} {Collapse(g.TextContent)}").ShouldBe(expected);
        groups.ShouldAllBe(g => g.QuerySelectorAll("sup").Length == 1);
    }

    [Fact]
    public void Should_show_the_prefix_before_the_numbers_and_the_locator_after_its_number()
    {
        // Given ketamine's "[see @hilal-2023, p. 165]"
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then "see" is outside the superscript, and the locator follows the number inside it
        var group = site.Page("/substances/ketamine/").ShouldHave("#cite-2");
        group.ChildNodes.First().TextContent.Trim().ShouldBe("see");
        var sup = group.ShouldHave("sup");
        sup.Children.Select(c => $"{c.LocalName}.{c.ClassName} {c.TextContent}").ShouldBe(["a.citation 2", "span.locator (p. 165)"]);
    }

    [Fact]
    public void Should_link_every_citation_number_to_its_entry_in_the_same_pages_reference_list()
    {
        // Given the pages that cite
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then every number links to '#ref-KEY' of its key, and that entry on the same page carries the number
        var checkedLinks = 0;
        foreach (var (url, _) in CitingPages)
        {
            var page = site.Page(url);
            foreach (var link in page.QuerySelectorAll("main .body a.citation"))
            {
                var key = link.GetAttribute("data-cite");
                key.ShouldNotBeNullOrEmpty();
                link.GetAttribute("href").ShouldBe("#ref-" + key);
                var entry = page.GetElementById("ref-" + key).ShouldNotBeNull($"{url} has no entry for '{key}'");
                entry.Matches("section.references ol.reference-list > li").ShouldBeTrue();
                entry.GetAttribute("value").ShouldBe(link.TextContent, $"{url}: the citation of '{key}'");
                checkedLinks++;
            }
        }

        checkedLinks.ShouldBe(15);
    }

    [Theory]
    [InlineData("/substances/ketamine/", 0)]
    [InlineData("/substances/alcohol/", 1)]
    [InlineData("/mechanisms/nmda-receptor-antagonism/", 2)]
    public void Should_list_each_cited_reference_once_by_number_with_its_evidence_badge(string url, int index)
    {
        // Given a page that cites some references, some of them several times
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then its reference list holds each once, numbered from 1 in order of first citation, with its level
        var entries = site.Page(url).QuerySelectorAll("section.references ol.reference-list > li");
        entries.Select(e => e.Id).ShouldBe(CitingPages[index].Keys.Select(k => "ref-" + k));
        entries.Select(e => e.GetAttribute("value")).ShouldBe(Enumerable.Range(1, entries.Length).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        entries.Select(e => e.GetAttribute("data-cite")).ShouldBe(CitingPages[index].Keys);
        foreach (var entry in entries)
        {
            var badge = entry.ShouldHave(".evidence-badge");
            var (level, label) = Evidence[entry.GetAttribute("data-cite")!];
            badge.GetAttribute("data-evidence").ShouldBe(level);
            badge.TextContent.Trim().ShouldBe(label);
        }
    }

    [Theory]
    [InlineData("jones-2018", "Jones JL, Mateus CF, Malcolm RJ, Brady KT, Back SE. Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review. Front Psychiatry. 2018 Jul 24;9:277.")]
    [InlineData("hilal-2023", "Hilal F, Jeanblanc J, Naassila M. [Interest and mechanisms of action of ketamine in alcohol addiction- A review of clinical and preclinical studies]. Biol Aujourdhui. 2023 Jan 1;217(3–4):161–82.")]
    [InlineData("horowitz-2023", "Horowitz MA, Taylor D. Addiction and physical dependence are not the same thing. The Lancet Psychiatry. 2023 Aug 1;10(8):e23.")]
    [InlineData("lalanne-2016", "Lalanne L, Nicot C, Lang JP, Bertschy G, Salvat E. Experience of the use of ketamine to manage opioid withdrawal in an addicted woman: a case report. BMC Psychiatry. 2016 Nov 10;16:395.")]
    [InlineData("rowland-2010", "Rowland LM, Beason-Held L, Tamminga CA, Holcomb HH. The interactive effects of ketamine and nicotine on human cerebral blood flow. Psychopharmacology. 2010 Mar;208(4):575.")]
    public void Should_write_each_entry_as_the_vancouver_reference_lists_of_the_seed_articles_do(string key, string vancouver)
    {
        // Given a reference whose fields were copied from a seed article's numbered reference list
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then the entry on a citing page, on its own page and in the bibliography reads as the seed's line
        site.Page("/substances/ketamine/").ShouldHave($"#ref-{key} .entry").TextContent.ShouldBe(vancouver);
        site.Page($"/references/{key}/").ShouldHave(".full-entry").TextContent.ShouldBe(vancouver);
        site.Page("/references/").ShouldHave($".bibliography-list li[data-cite='{key}'] .entry").TextContent.ShouldBe(vancouver);
    }

    [Fact]
    public void Should_link_each_reference_list_entry_to_the_reference_page()
    {
        // Given the pages that cite
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then each entry links, relatively, to a page that exists and is about that reference
        foreach (var (url, keys) in CitingPages)
        {
            var page = site.Page(url);
            foreach (var key in keys)
            {
                var href = page.ShouldHave($"#ref-{key} a.reference-page").GetAttribute("href")!;
                href.ShouldNotStartWith("/");
                var target = SiteUrl(url, href);
                target.ShouldBe($"/references/{key}/");
                File.Exists(site.FileOf(target)).ShouldBeTrue(target);
                site.Page(target).ShouldHave("main h1").TextContent.ShouldBe(Titles[key]);
            }
        }
    }

    [Theory]
    [InlineData("/substances/ketamine/", "jones-2018", new[] { "cite-1", "cite-6", "cite-7" })]
    [InlineData("/substances/ketamine/", "hilal-2023", new[] { "cite-2", "cite-6" })]
    [InlineData("/substances/ketamine/", "horowitz-2023", new[] { "cite-3", "cite-6" })]
    [InlineData("/substances/ketamine/", "lalanne-2016", new[] { "cite-4", "cite-8" })]
    [InlineData("/substances/ketamine/", "rowland-2010", new[] { "cite-5", "cite-6" })]
    [InlineData("/substances/alcohol/", "jones-2018", new[] { "cite-1", "cite-2" })]
    [InlineData("/substances/alcohol/", "hilal-2023", new[] { "cite-2" })]
    [InlineData("/mechanisms/nmda-receptor-antagonism/", "rowland-2010", new[] { "cite-2" })]
    public void Should_link_back_from_an_entry_to_every_citation_of_it(string url, string key, string[] anchors)
    {
        // Given a page citing a reference once or several times
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then its entry links back to each citation, which exists on the page and shows the entry's number
        var page = site.Page(url);
        var entry = page.ShouldHave($"#ref-{key}");
        var backlinks = entry.QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")).ToArray();
        backlinks.ShouldBe(anchors.Select(a => "#" + a));
        var number = int.Parse(entry.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var anchor in anchors)
        {
            var citation = page.GetElementById(anchor).ShouldNotBeNull($"{url} has no element '{anchor}'");
            citation.ClassList.ShouldContain("citation-group");
            NumbersShown(citation).ShouldContain(number, $"{url}#{anchor}");
        }
    }

    [Fact]
    public void Should_list_on_a_reference_page_each_citing_page_in_title_order_with_its_quoted_passages()
    {
        // Given hilal-2023, cited once by alcohol, twice by ketamine and once by the NMDA mechanism
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then "Cited by" groups the passages per page, pages sorted by title, each passage quoted without citations
        // and linked to the claim it quotes (claims numbered in document order, headings and header rows not counted)
        var url = "/references/hilal-2023/";
        var citing = site.Page(url).QuerySelectorAll("section.cited-by ul.citing-pages > li").Select(li => (
            Page: SiteUrl(url, li.ShouldHave("a.citing-page").GetAttribute("href")!),
            Title: li.ShouldHave("a.citing-page").TextContent,
            Passages: li.QuerySelectorAll(".passages li").Select(p => (
                Quote: p.ShouldHave("blockquote").TextContent,
                Link: p.ShouldHave("a.passage-link").GetAttribute("href"))).ToArray())).ToArray();
        citing.Select(c => (c.Page, c.Title)).ShouldBe(
        [
            ("/substances/alcohol/", "Alcohol"),
            ("/substances/ketamine/", "Ketamine"),
            ("/mechanisms/nmda-receptor-antagonism/", "NMDA receptor antagonism"),
        ]);
        string At(string page, int claim) => $"../..{page}#{ClaimElement(site.Page(page), claim).Id}";
        citing[0].Passages.ShouldBe(
        [
            ("A review of clinical and preclinical studies asks how ketamine might reduce drinking.", At("/substances/alcohol/", 2)),
        ]);
        citing[1].Passages.ShouldBe(
        [
            ("Its effects in alcohol use disorder have been reviewed together with the preclinical work that suggests how it acts.", At("/substances/ketamine/", 2)),
            ("Taken together, the evidence for ketamine in addiction is promising but thin.", At("/substances/ketamine/", 6)),
        ]);
        citing[2].Passages.ShouldBe(
        [
            ("Blocking the NMDA receptor may explain part of the effect of ketamine in addiction.", At("/mechanisms/nmda-receptor-antagonism/", 1)),
        ]);
    }

    [Theory]
    [InlineData("lalanne-2016", new[] { "li", "tr" }, new[]
    {
        "It was used to manage opioid withdrawal in a woman with an addiction.",
        "Opioid withdrawal · Symptoms eased in a single patient",
    })]
    [InlineData("jones-2018", new[] { "p", "p", "p", "p", "tr" }, new[]
    {
        "Ketamine has been tried as a treatment for alcohol use disorder.",
        "A review of clinical and preclinical studies asks how ketamine might reduce drinking.",
        "Ketamine has been studied as a treatment for alcohol, cocaine and opioid use disorders.",
        "Taken together, the evidence for ketamine in addiction is promising but thin.",
        "Cocaine use · Fewer days of use after ketamine",
    })]
    public void Should_quote_a_list_item_or_a_table_row_as_the_passage_of_a_citation_in_it(string key, string[] elements, string[] quotes)
    {
        // Given a reference cited in paragraphs, a list item and a table row
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then each passage quotes the element the citation sits in, cells of a row joined by " · "
        var passages = CitedByPassages(site, $"/references/{key}/");
        passages.Select(p => p.Quote).ShouldBe(quotes);
        passages.Select(p => p.Element.LocalName).ShouldBe(elements);
    }

    [Fact]
    public void Should_quote_wiki_links_in_a_passage_as_the_citing_page_shows_them()
    {
        // Given a passage with a wiki link to a heading of its own page, one to another page's heading, and a labelled one
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n## Dosing\n\nSee [[#dosing]], [[alcohol#effects]] and [[alcohol|drinking]] for doses [@a].\n",
                ["substances/alcohol.md"] = "---\ntitle: Alcohol\n---\n\n## Effects\n",
                ["references/a.md"] = "---\ntitle: A study\ntype: report\nissued: 2018\n---\n",
            },
            output: true);

        // When the reference page quotes the passage
        var quote = site.Page("/references/a/").ShouldHave("section.cited-by blockquote").TextContent;

        // Then each link reads as it does on the citing page
        site.Result.Diagnostics.ShouldBeEmpty();
        var paragraph = site.Page("/substances/ketamine/").ShouldHave("#cite-1").Closest("p").ShouldNotBeNull();
        paragraph.QuerySelectorAll("a.wiki-link").Select(a => a.TextContent).ShouldBe(["Ketamine", "Alcohol", "drinking"]);
        quote.ShouldBe("See Ketamine, Alcohol and drinking for doses.");
        TextWithoutCitations(paragraph).ShouldBe(quote);
    }

    [Fact]
    public void Should_link_every_quoted_passage_to_the_claim_it_quotes()
    {
        // Given every reference page of the fixture, whose citations all sit in claims of substances and a mechanism
        using var site = TestSite.FromFixture(Citations);
        site.Build(output: true);
        var checkedPassages = 0;

        foreach (var key in Titles.Keys)
        {
            // When each passage link is followed
            foreach (var (quote, target, element) in CitedByPassages(site, $"/references/{key}/"))
            {
                // Then it lands on the claim itself, which cites this reference and whose text (citations left out) is the quote
                target.Id.ShouldNotBeNull().ShouldMatch("^claim-[a-z2-7]{8}$");
                target.GetAttribute("data-claim").ShouldNotBeNull().ShouldMatch("^[1-9][0-9]*$");
                element.ShouldBeSameAs(target, $"the passage of {target.Id} citing {key}");
                var number = int.Parse(target.Owner!.GetElementById("ref-" + key)!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
                target.QuerySelectorAll(".citation-group").SelectMany(g => NumbersShown(g)).ShouldContain(number, $"{target.Id} citing {key}");
                TextWithoutCitations(element).ShouldBe(Normalize(quote), $"the passage of {target.Id} citing {key}");
                checkedPassages++;
            }
        }

        checkedPassages.ShouldBe(16);
    }

    [Fact]
    public void Should_link_a_passage_outside_any_claim_to_its_citation_and_quote_a_claim_citing_a_work_twice_once()
    {
        // Given a plain page (no claims by default) citing a reference, and a substance whose one claim cites it twice
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\n",
                ["about.md"] = "---\ntitle: About\n---\n\nThis site leans on one trial [@a].\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nIt reduced use [@a], and relapse too [@a].\n",
                ["references/a.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\n---\n",
            },
            output: true);

        // When the reference page quotes the passages citing it
        var passages = CitedByPassages(site, "/references/a/");

        // Then the page's passage links to its citation, the claim's to the claim, and the claim is quoted once
        site.Result.Diagnostics.ShouldBeEmpty();
        passages.Select(p => (p.Quote, p.Target.Id, p.Element.LocalName)).ShouldBe(
        [
            ("This site leans on one trial.", "cite-1", "p"),
            ("It reduced use, and relapse too.", ClaimElement(site.Page("/substances/ketamine/"), 1).Id, "p"),
        ]);
        passages[0].Target.ClassList.ShouldContain("citation-group");
        passages[1].Target.GetAttribute("data-claim").ShouldBe("1");
        passages.ShouldAllBe(p => TextWithoutCitations(p.Element) == p.Quote);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/references/")]
    [InlineData("/references/jones-2018/")]
    [InlineData("/substances/")]
    [InlineData("/mechanisms/")]
    [InlineData("/404.html")]
    public void Should_give_pages_that_cite_nothing_no_reference_list(string url)
    {
        // Given a page that cites nothing, in a site where other pages do
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then it has no reference section, while each citing page has one
        var page = site.Page(url);
        page.QuerySelectorAll("section.references, ol.reference-list, .citation-group").ShouldBeEmpty();
        foreach (var (citingUrl, _) in CitingPages)
        {
            site.Page(citingUrl).QuerySelectorAll("main > section.references").Length.ShouldBe(1, citingUrl);
        }
    }

    [Fact]
    public void Should_group_the_bibliography_by_evidence_level_strongest_first_with_citing_page_counts()
    {
        // Given five references at four evidence levels and one not assessed, cited by one to three pages
        using var site = TestSite.FromFixture(Citations);

        // When the site is built
        site.Build(output: true);

        // Then the bibliography has one section per level present, strongest first and "not assessed" last
        var page = site.Page("/references/");
        var sections = page.QuerySelectorAll("article.bibliography section[data-evidence]");
        sections.Select(s => (s.ShouldHave("h2").Id, s.ShouldHave("h2").TextContent)).ShouldBe(
        [
            ("systematic-review", "Systematic review"),
            ("case-report", "Case report"),
            ("narrative-review", "Narrative review"),
            ("expert-opinion", "Expert opinion"),
            ("not-assessed", "Evidence level not assessed"),
        ]);
        sections.Select(s => string.Join(' ', s.QuerySelectorAll(".bibliography-list > li").Select(li =>
            $"{li.GetAttribute("data-cite")}={li.ShouldHave(".cited-count").TextContent}"))).ShouldBe(
        [
            "jones-2018=Cited by 2 pages",
            "lalanne-2016=Cited by 1 page",
            "hilal-2023=Cited by 3 pages",
            "horowitz-2023=Cited by 1 page",
            "rowland-2010=Cited by 2 pages",
        ]);
        foreach (var li in page.QuerySelectorAll(".bibliography-list > li"))
        {
            var href = li.ShouldHave("a.reference-page").GetAttribute("href")!;
            SiteUrl("/references/", href).ShouldBe($"/references/{li.GetAttribute("data-cite")}/");
        }
    }

    [Fact]
    public void Should_sort_the_bibliography_within_a_level_by_first_author_then_year_then_title()
    {
        // Given four randomised trials: two by Smith in different years, two by Adams in one year, each cited
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\n",
                ["about.md"] = "---\ntitle: About\n---\n\nTrials [@a-smith-2019; @b-smith-2012; @c-adams-2015b; @d-adams-2015a].\n",
                ["references/a-smith-2019.md"] = Trial("Smith AB", 2019, "A trial"),
                ["references/b-smith-2012.md"] = Trial("Smith CD", 2012, "Zeta trial"),
                ["references/c-adams-2015b.md"] = Trial("Adams EF", 2015, "Beta trial"),
                ["references/d-adams-2015a.md"] = Trial("Adams GH", 2015, "Alpha trial"),
            },
            output: true);

        // When the bibliography is read
        var entries = site.Page("/references/").QuerySelectorAll("section[data-evidence=rct] .bibliography-list > li");

        // Then family name comes first, then year, then title; the ids (in the reverse order here) play no part
        site.Result.Diagnostics.ShouldBeEmpty();
        entries.Select(e => e.GetAttribute("data-cite")).ShouldBe(["d-adams-2015a", "c-adams-2015b", "b-smith-2012", "a-smith-2019"]);
    }

    [Fact]
    public void Should_accept_a_journal_article_with_no_named_author_and_start_its_entry_with_the_title()
    {
        // Given a journal article whose source names no author, so 'author' is left out, and one whose 'author' is left empty
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\n",
                ["about.md"] = "---\ntitle: About\n---\n\nBoth [@anonymous-2018; @unfinished-2019].\n",
                ["references/anonymous-2018.md"] = "---\ntype: article-journal\ntitle: Ketamine for addiction\ncontainer-title: Neuropharmacology\nissued: 2018\n---\n",
                ["references/unfinished-2019.md"] = "---\ntype: article-journal\ntitle: A trial\nauthor: []\ncontainer-title: Trials\nissued: 2019\n---\n",
            },
            output: false);

        // When it is checked
        var diagnostics = site.Result.Diagnostics.Select(d => $"{Path.GetFileName(d.Location.Path)}:{d.Location.Line} {d.Code}").ToList();

        // Then only the empty field is reported, at its line, and the anonymous entry starts with its title
        diagnostics.ShouldBe(["unfinished-2019.md:4 missing-field"]);
        using var built = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\n",
                ["about.md"] = "---\ntitle: About\n---\n\nAnonymous [@anonymous-2018].\n",
                ["references/anonymous-2018.md"] = "---\ntype: article-journal\ntitle: Ketamine for addiction\ncontainer-title: Neuropharmacology\nissued: 2018\n---\n",
            },
            output: true);
        built.Result.Diagnostics.ShouldBeEmpty();
        built.Page("/about/").QuerySelector("#ref-anonymous-2018 .entry")!.TextContent.ShouldStartWith("Ketamine for addiction. Neuropharmacology. 2018.");
    }

    [Fact]
    public void Should_not_list_a_reference_as_cited_by_its_own_annotation()
    {
        // Given a reference whose annotation cites itself and another reference, and a page citing both
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\n",
                ["about.md"] = "---\ntitle: About\n---\n\nBoth agree [@a; @b].\n",
                ["references/a.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\n---\n\nThis trial [@a] was repeated by another [@b].\n",
                ["references/b.md"] = "---\ntitle: B trial\ntype: report\nissued: 2019\n---\n",
            },
            output: true);

        // When the reference pages are read
        string[] CitingPagesOf(string url) =>
            [.. site.Page(url).QuerySelectorAll("section.cited-by a.citing-page").Select(a => SiteUrl(url, a.GetAttribute("href")!))];

        // Then a's own page is not among the pages citing a, but it is among those citing b
        site.Result.Diagnostics.ShouldBeEmpty();
        CitingPagesOf("/references/a/").ShouldBe(["/about/"]);
        CitingPagesOf("/references/b/").ShouldBe(["/references/a/", "/about/"]);
    }

    [Fact]
    public void Should_export_every_reference_as_csl_json()
    {
        // Given the citations fixture
        using var site = TestSite.FromFixture(Citations);

        // When it is built
        site.Build(output: true);

        // Then references.json is a CSL-JSON array with one item per reference, in id order, with names and dates
        using var json = JsonDocument.Parse(File.ReadAllBytes(site.FileOf("/references.json")));
        var items = json.RootElement.EnumerateArray().ToArray();
        items.Select(i => i.GetProperty("id").GetString()).ShouldBe(["hilal-2023", "horowitz-2023", "jones-2018", "lalanne-2016", "rowland-2010"]);
        items.Select(i => i.GetProperty("type").GetString()).ShouldAllBe(t => t == "article-journal");
        items.Select(i => i.GetProperty("title").GetString()).ShouldBe(Titles.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value));
        var jones = items[2];
        jones.GetProperty("author").EnumerateArray().Select(a => $"{a.GetProperty("family").GetString()}|{a.GetProperty("given").GetString()}").ShouldBe(
            ["Jones|J. L.", "Mateus|C. F.", "Malcolm|R. J.", "Brady|K. T.", "Back|S. E."]);
        jones.GetProperty("container-title").GetString().ShouldBe("Front Psychiatry");
        jones.GetProperty("custom").GetProperty("evidence").GetString().ShouldBe("systematic-review");
        items.Select(i => string.Join('-', i.GetProperty("issued").GetProperty("date-parts").EnumerateArray().Single().EnumerateArray().Select(p => p.GetInt32())))
            .ShouldBe(["2023-1-1", "2023-8-1", "2018-7-24", "2016-11-10", "2010-3"]);
        items[4].TryGetProperty("custom", out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_export_every_reference_as_a_bibtex_entry()
    {
        // Given the citations fixture
        using var site = TestSite.FromFixture(Citations);

        // When it is built
        site.Build(output: true);

        // Then references.bib holds one @article entry per reference, keyed by its id
        var entries = BibTexReader.Read(File.ReadAllText(site.FileOf("/references.bib")));
        entries.Select(e => $"@{e.Type}{{{e.Key}").ShouldBe(
            ["@article{hilal-2023", "@article{horowitz-2023", "@article{jones-2018", "@article{lalanne-2016", "@article{rowland-2010"]);
        entries.Single(e => e.Key == "hilal-2023")["pages"].ShouldBe("161--182");
    }

    [Fact]
    public void Should_carry_the_csl_variables_of_a_references_front_matter_into_both_exports()
    {
        // Given a reference with fields an exported Zotero library has: editors, an abstract, ISSN and PMCID
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["references/jones-2018.md"] = "---\ntype: chapter\ntitle: Ketamine\nauthor: [Jones JL]\ncontainer-title: Handbook\nissued: 2018\n"
                    + "PMCID: PMC6090012\nabstract: \"What it found: less craving.\"\nISSN: 1664-0640\neditor:\n  - Smith AB\n  - literal: WHO\n---\n",
                ["about.md"] = "---\ntitle: About\n---\n\nSee [@jones-2018].\n",
            },
            output: true);

        // When the exports are read
        using var json = JsonDocument.Parse(File.ReadAllBytes(site.FileOf("/references.json")));
        var item = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        var entry = BibTexReader.ReadSingle(File.ReadAllText(site.FileOf("/references.bib")));

        // Then references.json has each variable under its CSL name, and references.bib in its BibLaTeX field
        site.Result.Diagnostics.ShouldBeEmpty();
        item.GetProperty("editor").EnumerateArray().Select(n => n.TryGetProperty("literal", out var literal) ? literal.GetString() : n.GetProperty("family").GetString())
            .ShouldBe(["Smith", "WHO"]);
        item.GetProperty("abstract").GetString().ShouldBe("What it found: less craving.");
        item.GetProperty("ISSN").GetString().ShouldBe("1664-0640");
        item.GetProperty("PMCID").GetString().ShouldBe("PMC6090012");
        entry["editor"].ShouldStartWith("Smith, ");
        entry["editor"].ShouldEndWith(" and {WHO}");
        entry["abstract"].ShouldBe("What it found: less craving.");
        entry["issn"].ShouldBe("1664-0640");
        entry["pmcid"].ShouldBe("PMC6090012");
    }

    [Fact]
    public void Should_write_byte_identical_output_when_the_citations_fixture_is_built_twice()
    {
        // Given the citations fixture
        using var site = TestSite.FromFixture(Citations);

        // When it is built twice, into two folders
        site.BuildInto("first").Written.ShouldBeTrue();
        site.BuildInto("second").Written.ShouldBeTrue();

        // Then both hold the same files with the same bytes, exports included
        var first = site.Snapshot("first");
        var second = site.Snapshot("second");
        second.Keys.ShouldBe(first.Keys);
        first.Keys.ShouldContain("references.json");
        first.Keys.ShouldContain("references.bib");
        foreach (var (path, bytes) in first)
        {
            second[path].ShouldBe(bytes, path);
        }
    }

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["hilal-2023"] = "[Interest and mechanisms of action of ketamine in alcohol addiction- A review of clinical and preclinical studies]",
        ["horowitz-2023"] = "Addiction and physical dependence are not the same thing",
        ["jones-2018"] = "Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review",
        ["lalanne-2016"] = "Experience of the use of ketamine to manage opioid withdrawal in an addicted woman: a case report",
        ["rowland-2010"] = "The interactive effects of ketamine and nicotine on human cerebral blood flow",
    };

    private static readonly Dictionary<string, (string Level, string Label)> Evidence = new(StringComparer.Ordinal)
    {
        ["hilal-2023"] = ("narrative-review", "Narrative review"),
        ["horowitz-2023"] = ("expert-opinion", "Expert opinion"),
        ["jones-2018"] = ("systematic-review", "Systematic review"),
        ["lalanne-2016"] = ("case-report", "Case report"),
        ["rowland-2010"] = ("not-assessed", "Evidence level not assessed"),
    };

    private static string Trial(string author, int year, string title) =>
        $"---\ntype: article-journal\ntitle: {title}\nauthor: [{author}]\ncontainer-title: Trials\nissued: {year}\nevidence: rct\n---\n";

    // Each passage of a reference page's "Cited by": its quote, the citation its link lands on, and the
    // element around that citation (paragraph, list item or table row) on the citing page.
    private static (string Quote, IElement Target, IElement Element)[] CitedByPassages(TestSite site, string url) =>
    [
        .. site.Page(url).QuerySelectorAll("section.cited-by .passages li").Select(li =>
        {
            var href = li.ShouldHave("a.passage-link").GetAttribute("href")!;
            href.ShouldNotStartWith("/");
            var target = new Uri(new Uri(SiteOrigin, url), href);
            File.Exists(site.FileOf(target.AbsolutePath)).ShouldBeTrue($"{url} links to '{href}', which was not written");
            var id = target.Fragment.TrimStart('#');
            id.ShouldNotBeEmpty(href);
            var linked = site.Page(target.AbsolutePath).GetElementById(id).ShouldNotBeNull($"{url} links to '{href}', which has no such id");
            var element = linked.Closest("main .body tr, main .body li, main .body p").ShouldNotBeNull($"'{href}' is in no passage");
            return (li.ShouldHave("blockquote").TextContent, linked, element);
        }),
    ];

    // A passage as a reader sees it without the citations and a claim's evidence flag: a row's cells joined by " · ".
    private static string TextWithoutCitations(IElement element)
    {
        if (element.LocalName == "tr")
        {
            return string.Join(" · ", element.Children.Select(TextWithoutCitations));
        }

        var copy = (IElement)element.Clone(deep: true);
        foreach (var citation in copy.QuerySelectorAll(".citation-group, .evidence-flag").ToArray())
        {
            citation.Remove();
        }

        return Normalize(copy.TextContent);
    }

    // Whitespace collapsed, and none left before punctuation where a citation was taken out.
    private static string Normalize(string text) => SpaceBeforePunctuation().Replace(Collapse(text), "$1");

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    // The numbers a citation shows, ranges expanded: "1–3,5" gives 1, 2, 3, 5; locators are not numbers.
    private static int[] NumbersShown(IElement citation)
    {
        var sup = (IElement)citation.ShouldHave("sup").Clone(deep: true);
        foreach (var locator in sup.QuerySelectorAll(".locator").ToArray())
        {
            locator.Remove();
        }

        return
        [
            .. sup.TextContent.Split(',').SelectMany(part => part.Split('–') is [var first, var last]
                ? Enumerable.Range(int.Parse(first, System.Globalization.CultureInfo.InvariantCulture), int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(first, System.Globalization.CultureInfo.InvariantCulture) + 1)
                : [int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]),
        ];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:])")]
    private static partial Regex SpaceBeforePunctuation();
}
