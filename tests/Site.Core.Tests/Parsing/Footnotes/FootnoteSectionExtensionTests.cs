namespace Site.Core.Tests.Parsing.Footnotes;

/// <summary>Footnotes as readers get them: numbered references, a labelled list of notes, and the way back to each reference.</summary>
public sealed class FootnoteSectionExtensionTests
{
    private const string Reference = "---\ntitle: A review\ntype: report\nissued: 2018\nevidence: systematic-review\n---\n";

    private static TestSite Build(string body, string kind = "about.md", string? title = null) => TestSite.Build(new Dictionary<string, string>
    {
        ["site.yml"] = "title: Test\n",
        ["index.md"] = TestSite.HomeLinking("about"),
        [kind] = $"---\ntitle: {title ?? "About"}\n---\n\n{body}",
        ["references/jones-2018.md"] = Reference,
        ["references/dakwar-2019.md"] = Reference.Replace("2018", "2019"),
    }, output: true);

    [Fact]
    public void Should_number_notes_in_the_order_the_text_first_refers_to_them()
    {
        // Given two notes, defined in the opposite order to the one they are referred to, one of them referred to twice
        using var site = Build("First[^b] and second[^a], then the first again[^b].\n\n[^a]: The note on the second.\n\n[^b]: The note on the first.\n");

        // When the page is built
        var page = site.Page("/about/");

        // Then the references read 1, 2, 1, each leading to its note, and the notes are listed in that order
        var references = page.QuerySelectorAll("main .body sup.footnote-ref a");
        references.Select(a => a.TextContent).ShouldBe(["1", "2", "1"]);
        references.Select(a => a.GetAttribute("href")).ShouldBe(["#fn_1", "#fn_2", "#fn_1"]);
        var notes = page.QuerySelectorAll("main section.footnotes > ol > li");
        notes.Select(n => n.Id).ShouldBe(["fn_1", "fn_2"]);
        notes.Select(n => n.QuerySelector("p")!.TextContent.Split(" ↩")[0]).ShouldBe(["The note on the first.", "The note on the second."]);
        page.Body!.TextContent.ShouldNotContain("[^");
    }

    [Fact]
    public void Should_lead_back_from_a_note_to_every_place_that_refers_to_it()
    {
        // Given a note referred to twice
        using var site = Build("Once[^n] and twice[^n].\n\n[^n]: The note.\n");

        // When the page is built
        var page = site.Page("/about/");

        // Then the note has one back-link per reference, each to that reference's own id, told apart for assistive technology
        var backs = page.QuerySelectorAll("section.footnotes li a.footnote-back");
        backs.Length.ShouldBe(2);
        var references = page.QuerySelectorAll("sup.footnote-ref a");
        backs.Select(b => b.GetAttribute("href")).ShouldBe(references.Select(r => "#" + r.Id));
        backs.Select(b => b.GetAttribute("aria-label")).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Should_keep_every_paragraph_of_a_note_and_its_back_link_after_a_list()
    {
        // Given a note of two paragraphs and a note that ends with a list
        using var site = Build(
            "Long[^long] and listed[^list].\n\n[^long]: The first paragraph.\n\n    The second paragraph.\n\n[^list]: It lists:\n\n    - one thing\n    - another\n");

        // When the page is built
        var page = site.Page("/about/");

        // Then the first note has both paragraphs, the back-link in the last; the second keeps its list and has a back-link after it
        var notes = page.QuerySelectorAll("section.footnotes > ol > li");
        notes[0].QuerySelectorAll("p").Select(p => p.TextContent.Split(" ↩")[0].Trim()).ShouldBe(["The first paragraph.", "The second paragraph."]);
        notes[0].QuerySelectorAll("p")[1].QuerySelector("a.footnote-back").ShouldNotBeNull();
        notes[1].QuerySelectorAll("ul li").Length.ShouldBe(2);
        notes[1].LastElementChild!.QuerySelector("a.footnote-back")!.GetAttribute("href").ShouldBe("#fnref_2");
    }

    [Fact]
    public void Should_put_the_notes_in_a_labelled_section_whose_ids_meet_no_other_id_of_the_page()
    {
        // Given a page whose headings and citations could take ids like a note's, and a note with a citation
        using var site = Build(
            "## Fn 1\n\nCited [@jones-2018] with a note[^1].\n\n## Fnref 1\n\nMore[^2].\n\n[^1]: See also [@dakwar-2019].\n\n[^2]: Plain.\n");

        // When the page is built
        var page = site.Page("/about/");

        // Then the notes are a section with an accessible name, every id on the page is unique, and every in-page link lands on one
        var section = page.QuerySelector("main section.footnotes").ShouldNotBeNull();
        section.GetAttribute("aria-label").ShouldBe("Footnotes");
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToArray();
        ids.ShouldBeUnique();
        foreach (var href in page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]))
        {
            ids.ShouldContain(Uri.UnescapeDataString(href));
        }
    }

    [Fact]
    public void Should_number_a_citation_in_a_note_in_the_page_order_and_link_back_to_it()
    {
        // Given a note, referred to in the first paragraph, that cites a work the text after it cites too
        using var site = Build("A note here[^1].\n\nLater text cites [@jones-2018].\n\n[^1]: As shown by [@dakwar-2019].\n");

        // When the page is built
        var page = site.Page("/about/");

        // Then the notes come last on the page, so the citation in the note is the second, and its entry links back into the note
        page.QuerySelectorAll("main .body a.citation").Select(a => (a.GetAttribute("data-cite"), a.TextContent.Trim())).ShouldBe([("jones-2018", "1"), ("dakwar-2019", "2")]);
        var entry = page.QuerySelector("#ref-dakwar-2019").ShouldNotBeNull();
        var back = entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h!.StartsWith("#cite-", StringComparison.Ordinal))!;
        var target = page.GetElementById(back[1..]).ShouldNotBeNull();
        target.Closest("section.footnotes").ShouldNotBeNull();
    }

    [Fact]
    public void Should_show_nothing_of_a_page_whose_only_note_is_never_referred_to()
    {
        // Given a note no text refers to
        using var site = Build("Plain text.\n\n[^lost]: Nobody refers to this.\n");

        // When the page is built
        var page = site.Page("/about/");

        // Then the page has no notes section and does not show the note
        page.QuerySelector("section.footnotes").ShouldBeNull();
        page.Body!.TextContent.ShouldNotContain("Nobody refers");
    }

    [Fact]
    public void Should_name_the_notes_and_their_links_in_the_sites_language()
    {
        // Given a German site whose page has a note referred to twice, and three headings
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nlanguage: de\n",
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = "---\ntitle: Über\n---\n\n## Eins\n\nText[^1].\n\n## Zwei\n\nText[^1].\n\n## Drei\n\n[^1]: Eine Fußnote.\n",
        }, output: true);

        // When the page is built
        var page = site.Page("/about/");

        // Then the section, the references, the back-links and the contents are named in German
        page.QuerySelector("section.footnotes")!.GetAttribute("aria-label").ShouldBe("Fußnoten");
        page.QuerySelector("sup.footnote-ref a")!.GetAttribute("aria-label").ShouldBe("Fußnote 1");
        page.QuerySelectorAll("a.footnote-back").Select(a => a.GetAttribute("aria-label"))
            .ShouldBe(["Zurück zum Text von Fußnote 1", "Zurück zum Text von Fußnote 1, Stelle 2"]);
        page.QuerySelector("nav.page-contents")!.GetAttribute("aria-label").ShouldBe("Auf dieser Seite");
    }
}
