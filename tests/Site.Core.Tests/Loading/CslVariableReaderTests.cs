using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Loading;

namespace Site.Core.Tests.Loading;

/// <summary>Every CSL-JSON variable is a field of a reference, checked for its kind; anything else is still unknown.</summary>
public sealed class CslVariableReaderTests
{
    private const string About = "---\ntitle: About\n---\n\nSee [@jones-2018].\n";

    public static TheoryData<string> Variables => [.. CslVariables.Names];

    [Fact]
    public void Should_accept_the_ordinary_fields_of_an_exported_zotero_library()
    {
        // Given a chapter as a Zotero library exports it, with editors, an abstract, ISSN, PMCID and other fields
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = """
                ---
                type: chapter
                title: Ketamine in the clinic
                author:
                  - Jones JL
                editor:
                  - family: Smith
                    given: Anna
                  - literal: World Health Organization
                container-author: [Roe R]
                container-title: Handbook of Addiction
                collection-title: Clinical Pharmacology
                collection-number: 12
                edition: 2
                number: "TR-9"
                issued: 2018-07
                original-date: 1999
                event-date: 2017-05-02
                event-title: Annual Meeting
                abstract: "Background: ketamine... Methods: we searched..."
                ISSN: 1664-0640
                ISBN: 978-3-16-148410-0
                PMCID: PMC6090012
                note: "Chapter 4"
                language: en
                genre: Review
                medium: Print
                status: in press
                categories: [addiction, ketamine]
                ---
                """,
            ["about.md"] = About,
        });

        // When it is checked
        // Then nothing is reported
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Variables))]
    public void Should_accept_every_csl_variable_with_a_value_of_its_kind(string name)
    {
        // Given a report that has the variable, with a value of its kind
        Dictionary<string, string> fields = new(StringComparer.Ordinal) { ["type"] = "report", ["title"] = "T", ["issued"] = "2018" };
        fields[name] = ValueOfKind(CslVariables.Find(name)!);
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = "---\n" + string.Concat(fields.Select(f => $"{f.Key}: {f.Value}\n")) + "---\n",
            ["about.md"] = About,
        });

        // When it is checked
        // Then nothing is reported
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_the_variables_without_a_property_of_their_own_in_the_schemas_order()
    {
        // Given a reference whose fields without a property of their own are written in no particular order
        var (reference, diagnostics) = Load("""
            ---
            type: book
            title: Ketamine
            author: [Jones JL]
            abstract: What the book says.
            edition: 2
            editor:
              - Smith AB
              - literal: World Health Organization
            DOI: 10.1000/book
            ISSN: 1664-0640
            original-date: 1999-05
            issued: 2018
            categories: [addiction, ketamine]
            ---
            """);

        // When it is read
        // Then those fields are its variables, in the order of the schema, each read for its kind
        diagnostics.ShouldBeEmpty();
        reference.Variables.ShouldBe(
        [
            new CslTextList(CslVariables.Find("categories")!, ["addiction", "ketamine"]),
            new CslNames(CslVariables.Find("editor")!, [new Author("Smith", "AB"), new Author("World Health Organization", null)]),
            new CslDate(CslVariables.Find("original-date")!, new PartialDate(1999, 5)),
            new CslText(CslVariables.Find("abstract")!, "What the book says."),
            new CslText(CslVariables.Find("edition")!, "2"),
            new CslText(CslVariables.Find("ISSN")!, "1664-0640"),
        ], new VariableComparer());
        reference.Text("abstract").ShouldBe("What the book says.");

        // And the fields the record has properties for are there only
        reference.Authors.ShouldBe([new Author("Jones", "JL")]);
        reference.Doi.ShouldBe("10.1000/book");
        reference.Issued.ShouldBe(new PartialDate(2018));
    }

    [Theory]
    [InlineData("editor:\n  - [Smith, J]", "6:5 error invalid-front-matter")]
    [InlineData("translator:\n  - {name: X}", "6:5 error invalid-front-matter")]
    [InlineData("original-date: [1999]", "5:16 error invalid-front-matter")]
    [InlineData("original-date: 1999-13", "5:16 error invalid-identifier")]
    [InlineData("abstract: [a, b]", "5:11 error invalid-front-matter")]
    [InlineData("edition: {n: 2}", "5:10 error invalid-front-matter")]
    [InlineData("categories: {a: b}", "5:13 error invalid-front-matter")]
    public void Should_report_a_value_of_the_wrong_kind_where_it_is_written(string field, string expected)
    {
        // Given a reference with a variable whose value is not of the variable's kind
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = $"---\ntitle: T\ntype: report\nissued: 2018\n{field}\n---\n",
            ["about.md"] = About,
        });

        // When it is checked
        // Then it is reported at the value
        DiagnosticLine.Of(site.Result.Diagnostics.ShouldHaveSingleItem()).ShouldBe("input/references/jones-2018.md:" + expected);
    }

    [Theory]
    [InlineData("doi", "DOI")]
    [InlineData("issn", "ISSN")]
    [InlineData("pmcid", "PMCID")]
    [InlineData("Isbn", "ISBN")]
    [InlineData("url", "URL")]
    [InlineData("Editor", "editor")]
    [InlineData("abstracts", "abstract")]
    public void Should_suggest_the_csl_spelling_of_a_field_written_otherwise(string written, string suggested)
    {
        // Given a reference with a variable in the wrong case or misspelt
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = $"---\ntitle: T\ntype: report\nissued: 2018\n{written}: x\n---\n",
            ["about.md"] = About,
        });

        // When it is checked
        // Then it is an unknown field, at its name, with the variable as CSL spells it as a hint
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/references/jones-2018.md:5:1 error unknown-field");
        diagnostic.Hint.ShouldBe($"did you mean '{suggested}'?");
    }

    [Theory]
    [InlineData("potency")]
    [InlineData("id")]
    [InlineData("custom")]
    public void Should_report_a_field_that_is_no_csl_variable_and_say_what_the_fields_are(string written)
    {
        // Given a reference with a field that resembles no CSL variable, or one the file name or the exports stand for
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = $"---\ntitle: T\ntype: report\nissued: 2018\n{written}: x\n---\n",
            ["about.md"] = About,
        });

        // When it is checked
        // Then it is an unknown field, and the hint says what a reference's fields are instead of listing a hundred
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/references/jones-2018.md:5:1 error unknown-field");
        diagnostic.Hint.ShouldNotBeNull().ShouldContain("CSL-JSON variables");
        diagnostic.Hint.ShouldContain("'evidence'");
    }

    private static string ValueOfKind(CslVariable variable) => variable.Name switch
    {
        "type" => "report",
        "DOI" => "10.1000/182",
        "PMID" => "30140240",
        "URL" => "https://example.org/report",
        _ => variable.Kind switch
        {
            CslVariableKind.Name => "\n  - Smith AB\n  - family: Roe\n    given: Richard\n  - literal: World Health Organization",
            CslVariableKind.Date => "2019-05",
            CslVariableKind.Number => "12-14",
            CslVariableKind.StringList => "[one, two]",
            _ => "Some text",
        },
    };

    private static (ReferenceFrontMatter Reference, IReadOnlyList<Diagnostic> Diagnostics) Load(string text)
    {
        using var site = TestSite.Write(new Dictionary<string, string> { ["references/jones-2018.md"] = text });
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(site.InputDirectory, "references", "jones-2018.md");
        var document = LoadPhase.LoadDocument("references/jones-2018.md", path, "references/jones-2018.md", diagnostics).ShouldNotBeNull();
        return ((ReferenceFrontMatter)document.FrontMatter, diagnostics.ToSortedList());
    }

    // Records compare lists by reference; the values compare by what they hold.
    private sealed class VariableComparer : IEqualityComparer<CslValue>
    {
        public bool Equals(CslValue? x, CslValue? y) => (x, y) switch
        {
            (CslNames a, CslNames b) => a.Variable == b.Variable && a.Names.SequenceEqual(b.Names),
            (CslTextList a, CslTextList b) => a.Variable == b.Variable && a.Items.SequenceEqual(b.Items),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(CslValue value) => value.Variable.GetHashCode();
    }
}
