using System.Text.Json;
using Site.Core.Content;
using Site.Core.Exporting;

namespace Site.Core.Tests.Exporting;

public sealed class CslJsonExportTests
{
    [Fact]
    public void Should_write_every_field_so_that_it_reads_back_as_the_input()
    {
        // Given a journal article with every field set
        var reference = ReferenceSamples.Full();

        // When it is exported and the JSON parsed back
        using var json = JsonDocument.Parse(CslJsonExport.Write([("jones-2018", reference)]));

        // Then every field holds the input's value, under its CSL name, in a fixed order
        var item = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        item.EnumerateObject().Select(p => p.Name).ShouldBe(
        [
            "id", "type", "title", "author", "container-title", "publisher", "publisher-place", "issued", "accessed",
            "volume", "issue", "page", "DOI", "PMID", "URL", "custom",
        ]);
        item.GetProperty("id").GetString().ShouldBe("jones-2018");
        item.GetProperty("type").GetString().ShouldBe("article-journal");
        item.GetProperty("title").GetString().ShouldBe(reference.Title);
        item.GetProperty("container-title").GetString().ShouldBe("Front Psychiatry");
        item.GetProperty("publisher").GetString().ShouldBe("Frontiers Media");
        item.GetProperty("publisher-place").GetString().ShouldBe("Lausanne");
        DateParts(item.GetProperty("issued")).ShouldBe([2018, 7, 24]);
        DateParts(item.GetProperty("accessed")).ShouldBe([2024, 3]);
        item.GetProperty("volume").GetString().ShouldBe("9");
        item.GetProperty("issue").GetString().ShouldBe("3");
        item.GetProperty("page").GetString().ShouldBe("575-582");
        item.GetProperty("DOI").GetString().ShouldBe("10.3389/fpsyt.2018.00277");
        item.GetProperty("PMID").GetString().ShouldBe("30140240");
        item.GetProperty("URL").GetString().ShouldBe("https://example.org/jones-2018");
        var custom = item.GetProperty("custom");
        custom.EnumerateObject().Select(p => p.Name).ShouldBe(["evidence"]);
        custom.GetProperty("evidence").GetString().ShouldBe("rct");
    }

    [Fact]
    public void Should_write_people_as_family_and_given_and_organisations_as_literal()
    {
        // Given two people and an organisation as authors
        var reference = ReferenceSamples.Full();

        // When the reference is exported
        using var json = JsonDocument.Parse(CslJsonExport.Write([("jones-2018", reference)]));

        // Then each person has exactly family and given, the organisation exactly literal, in order
        var authors = json.RootElement[0].GetProperty("author").EnumerateArray()
            .Select(a => string.Join(" | ", a.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")))
            .ToArray();
        authors.ShouldBe(
        [
            "family=Jones | given=J. L.",
            "family=van der Berg | given=Anna M.",
            "literal=World Health Organization",
        ]);
    }

    [Fact]
    public void Should_write_every_other_variable_after_the_fields_the_site_reads_as_written()
    {
        // Given a chapter with variables of each kind the record has no property for
        var reference = ReferenceSamples.WithVariables();

        // When it is exported
        using var json = JsonDocument.Parse(CslJsonExport.Write([("jones-2018", reference)]));

        // Then each follows the fields the site reads, in the record's order, under its CSL name and in CSL's form
        var item = json.RootElement[0];
        item.EnumerateObject().Select(p => p.Name).ShouldBe(
        [
            "id", "type", "title", "author", "container-title", "issued",
            "categories", "editor", "original-date", "abstract", "edition", "ISSN", "PMCID",
        ]);
        item.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe(["addiction", "ketamine"]);
        item.GetProperty("editor").EnumerateArray()
            .Select(a => string.Join(" | ", a.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")))
            .ShouldBe(["family=Smith | given=Anna", "literal=World Health Organization"]);
        DateParts(item.GetProperty("original-date")).ShouldBe([1999, 5]);
        item.GetProperty("abstract").GetString().ShouldBe("Background: ketamine. Methods: we searched.");
        item.GetProperty("edition").GetString().ShouldBe("2");
        item.GetProperty("ISSN").GetString().ShouldBe("1664-0640");
        item.GetProperty("PMCID").GetString().ShouldBe("PMC6090012");
    }

    [Theory]
    [InlineData("3-4", "3–4")]
    [InlineData("3–4", "3–4")]
    [InlineData("Suppl 2", "Suppl 2")]
    [InlineData("S-1", "S-1")]
    public void Should_write_a_range_in_a_volume_or_issue_with_the_en_dash_the_reference_page_shows(string written, string expected)
    {
        // Given a reference whose volume and issue are written with a hyphen or an en dash, and a page range and a
        // report number written with hyphens
        var reference = ReferenceSamples.TitleOnly() with
        {
            Volume = written,
            Issue = written,
            Page = "161-182",
            Variables = [ReferenceSamples.Variable("number", "114-11")],
        };

        // When it is exported
        using var json = JsonDocument.Parse(CslJsonExport.Write([("notes", reference)]));

        // Then a range of two numbers in the volume or issue has the page's en dash, so that every processor prints
        // it as the page does; the pages, which processors shorten themselves, and other variables stay as written
        var item = json.RootElement[0];
        item.GetProperty("volume").GetString().ShouldBe(expected);
        item.GetProperty("issue").GetString().ShouldBe(expected);
        item.GetProperty("page").GetString().ShouldBe("161-182");
        item.GetProperty("number").GetString().ShouldBe("114-11");
    }

    [Fact]
    public void Should_leave_absent_fields_out()
    {
        // Given a reference with only a title: no type, authors, dates, identifiers or evidence
        var reference = ReferenceSamples.TitleOnly();

        // When it is exported
        using var json = JsonDocument.Parse(CslJsonExport.Write([("notes", reference)]));

        // Then the item has its id and title and nothing else, not even nulls or empty lists
        json.RootElement[0].EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ShouldBe(
            [("id", "notes"), ("title", "Notes on dosing")]);
    }

    [Theory]
    [InlineData("2018", new[] { 2018 })]
    [InlineData("2018-07", new[] { 2018, 7 })]
    [InlineData("2018-07-24", new[] { 2018, 7, 24 })]
    public void Should_write_only_the_date_parts_present(string issued, int[] expected)
    {
        // Given a reference issued in a year, a month or on a day
        PartialDate.TryParse(issued, out var date).ShouldBeTrue();
        var reference = ReferenceSamples.TitleOnly() with { Issued = date };

        // When it is exported
        using var json = JsonDocument.Parse(CslJsonExport.Write([("notes", reference)]));

        // Then date-parts holds one list of exactly those numbers
        var issuedJson = json.RootElement[0].GetProperty("issued");
        issuedJson.EnumerateObject().Select(p => p.Name).ShouldBe(["date-parts"]);
        DateParts(issuedJson).ShouldBe(expected);
    }

    [Theory]
    [InlineData(EvidenceLevel.SystematicReview, "systematic-review")]
    [InlineData(EvidenceLevel.CaseControl, "case-control")]
    [InlineData(EvidenceLevel.InVitro, "in-vitro")]
    public void Should_write_the_evidence_level_by_its_front_matter_name_under_custom(EvidenceLevel level, string expected)
    {
        // Given a reference with an evidence level
        var reference = ReferenceSamples.TitleOnly() with { Evidence = level };

        // When it is exported
        using var json = JsonDocument.Parse(CslJsonExport.Write([("notes", reference)]));

        // Then the level is custom.evidence, named as in front matter
        json.RootElement[0].GetProperty("custom").GetProperty("evidence").GetString().ShouldBe(expected);
    }

    [Fact]
    public void Should_keep_unicode_characters_unescaped_and_read_back_the_same()
    {
        // Given a title with accents, Greek, typographic punctuation, CJK and characters HTML escapes
        const string title = "Kétamine et β-bloquants – « essai » “ouvert” <phase 2> & Müller's 日本語";
        var reference = ReferenceSamples.TitleOnly(title) with { Authors = [new Author("Müller", "Zoë")] };

        // When it is exported
        var text = CslJsonExport.Write([("muller-2020", reference)]);

        // Then the characters are written as themselves, and parse back to the same strings
        text.ShouldContain($"\"title\": \"{title}\"");
        text.ShouldNotContain("\\u");
        using var json = JsonDocument.Parse(text);
        json.RootElement[0].GetProperty("title").GetString().ShouldBe(title);
        json.RootElement[0].GetProperty("author")[0].GetProperty("family").GetString().ShouldBe("Müller");
    }

    [Fact]
    public void Should_escape_what_json_requires_in_text()
    {
        // Given a title with a quotation mark, a backslash and a tab
        const string title = "The \"K-hole\" and C:\\dose\ttables";

        // When it is exported
        var text = CslJsonExport.Write([("notes", ReferenceSamples.TitleOnly(title))]);

        // Then the JSON is valid and the title reads back unchanged
        using var json = JsonDocument.Parse(text);
        json.RootElement[0].GetProperty("title").GetString().ShouldBe(title);
    }

    [Fact]
    public void Should_keep_the_order_given()
    {
        // Given references in an order that is not alphabetical
        (string, ReferenceFrontMatter)[] references =
            [("smith-2020", ReferenceSamples.TitleOnly()), ("adams-2019", ReferenceSamples.TitleOnly()), ("jones-2018", ReferenceSamples.Full())];

        // When they are exported
        using var json = JsonDocument.Parse(CslJsonExport.Write(references));

        // Then the items come in that order
        json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe(["smith-2020", "adams-2019", "jones-2018"]);
    }

    [Fact]
    public void Should_write_the_same_bytes_for_the_same_references_indented_by_two_spaces_with_lf()
    {
        // Given the same references built twice
        (string, ReferenceFrontMatter)[] First() => [("jones-2018", ReferenceSamples.Full()), ("notes", ReferenceSamples.TitleOnly())];

        // When each is exported
        var first = CslJsonExport.Write(First());
        var second = CslJsonExport.Write(First());

        // Then the texts are identical, indented by two spaces, with '\n' line endings and a final newline
        second.ShouldBe(first);
        first.ShouldNotContain('\r');
        first.ShouldEndWith("]\n");
        var lines = first.Split('\n');
        lines[0].ShouldBe("[");
        lines[1].ShouldBe("  {");
        lines[2].ShouldBe("    \"id\": \"jones-2018\",");
        lines.ShouldAllBe(line => (line.Length - line.TrimStart(' ').Length) % 2 == 0);
    }

    [Fact]
    public void Should_write_an_empty_array_when_there_are_no_references()
    {
        // Given no references
        // When they are exported
        var text = CslJsonExport.Write([]);

        // Then the document is an empty array and a newline
        text.ShouldBe("[]\n");
    }

    private static int[] DateParts(JsonElement date)
    {
        var parts = date.GetProperty("date-parts");
        parts.GetArrayLength().ShouldBe(1);
        return [.. parts[0].EnumerateArray().Select(p => p.GetInt32())];
    }
}
