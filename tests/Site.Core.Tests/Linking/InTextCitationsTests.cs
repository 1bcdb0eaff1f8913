using System.Text.Json;

namespace Site.Core.Tests.Linking;

/// <summary>
/// Author-in-text citations (<c>@jones-2018 found</c>) once the references are known: they cover claims as bracketed
/// citations do, read as the authors' names in claim text, and an <c>@word</c> that names no reference is text.
/// </summary>
public sealed class InTextCitationsTests
{
    [Fact]
    public void Should_cover_a_claim_with_an_author_in_text_citation()
    {
        // Given a substance paragraph whose only citation is in the text
        using var site = Build("@jones-2018 found that ketamine reduced drinking.");

        // When the site is checked
        // Then the claim is covered: nothing is reported
        Reported(site).Select(DiagnosticLine.Of).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("@jones-2018 found that it reduced drinking. Later trials agree.", "input/substances/ketamine.md:5:45", "this sentence cites no reference: \"Later trials agree.\"")]
    [InlineData("Trials agree [@dakwar-2019]. @jones-2018 found that it reduced drinking.", null, null)]
    public void Should_cover_under_the_sentence_policy_the_sentence_an_in_text_citation_begins(string paragraph, string? at, string? message)
    {
        // Given a paragraph under the sentence policy with an in-text citation starting a sentence
        using var site = Build(paragraph, "claims:\n  substances: sentence\n");

        // When the site is checked
        var found = Reported(site);

        // Then it covers the sentence it begins (a sentence after it is reported), not only the one before it
        if (at is null)
        {
            found.ShouldBeEmpty();
            return;
        }

        var diagnostic = found.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe(at + " error uncited-claim");
        diagnostic.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_read_a_handle_that_names_no_reference_as_text_and_report_nothing()
    {
        // Given prose naming a handle and an e-mail address, in a claim covered by a bracketed citation
        using var site = Build("Follow @twitter or mail editor@example.org: it works [@jones-2018].");

        // When the site is checked
        // Then nothing is reported: "@twitter" is no unknown citation
        Reported(site).Select(DiagnosticLine.Of).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_let_a_handle_cover_a_claim()
    {
        // Given a claim whose only '@' names no reference
        using var site = Build("As @twitter says, it works.");

        // When the site is checked
        // Then the claim cites nothing: uncited-claim, and no unknown-citation (the key resembles no reference's)
        Reported(site).Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:5:1 error uncited-claim"]);
    }

    [Fact]
    public void Should_report_an_in_text_key_that_is_a_likely_typo_of_a_references_key()
    {
        // Given an in-text key with two letters swapped
        using var site = Build("Trials agree [@dakwar-2019], and @jnoes-2018 found it too.");

        // When the site is checked
        var diagnostic = Reported(site).ShouldHaveSingleItem();

        // Then it is an unknown citation at the key, with the key it resembles and how to keep it as text
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:5:35 error unknown-citation");
        diagnostic.Message.ShouldBe("no reference has the key 'jnoes-2018', so '@jnoes-2018' reads as text");
        diagnostic.Hint.ShouldBe("did you mean 'jones-2018'? write '\\@jnoes-2018' if it is not a citation");
    }

    [Fact]
    public void Should_quote_an_in_text_citation_as_the_authors_names_in_claims_and_cited_by()
    {
        // Given a claim citing a work in the text
        using var site = Build("@jones-2018 found that it reduced drinking, as did @twitter.", output: true);

        // When claims.json and the reference page are read
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "claims.json")));
        var claim = json.RootElement.EnumerateArray().Single(c => c.GetProperty("page").GetString() == "/substances/ketamine/");

        // Then the claim reads with the names, the handle as written, and only the reference is a key
        claim.GetProperty("text").GetString().ShouldBe("Jones et al. found that it reduced drinking, as did @twitter.");
        claim.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ShouldBe(["jones-2018"]);
        site.Page("/references/jones-2018/").ShouldHave(".cited-by blockquote, .cited-by q, .cited-by .passage").TextContent
            .ShouldContain("Jones et al. found that it reduced drinking");
    }

    // What the test is about: the references a test leaves uncited are no concern of it.
    private static List<Site.Core.Diagnostics.Diagnostic> Reported(TestSite site) => [.. site.Result.Diagnostics.Where(d => d.Code != "unused-reference")];

    private static TestSite Build(string paragraph, string settings = "", bool output = false) =>
        TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n" + settings,
            ["index.md"] = TestSite.HomeLinking("ketamine"),
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n" + paragraph + "\n",
            ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nauthor: [Jones JL, Mateus CF, Back SE]\nissued: 2018\n---\n",
            ["references/dakwar-2019.md"] = "---\ntitle: A trial\ntype: report\nauthor: [Dakwar E]\nissued: 2019\n---\n",
        }, output);
}
