using Site.Core.Diagnostics;

namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads when a citation key names no reference: the message and the hint.</summary>
public sealed class UnknownCitationAnalyzerTests
{
    private static readonly Dictionary<string, string> Base = new()
    {
        ["site.yml"] = "title: Test\n",
        ["substances/ketamine.md"] = "---\ntitle: Ketamine\nmechanisms: [nmda-receptor-antagonism]\n---\n\nReviews and trials found it promising [@jones-2018; @dakwar-2019].\n",
        ["substances/methadone.md"] = "---\ntitle: Methadone\n---\n",
        ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n",
        ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nissued: 2018\n---\n",
        ["references/dakwar-2019.md"] = "---\ntitle: A trial\ntype: report\nissued: 2019\n---\n\nCompare [@jones-2018].\n",
    };

    [Fact]
    public void Should_suggest_the_closest_reference_key_for_a_misspelt_key()
    {
        // Given a citation whose key has two letters swapped
        using var site = Build("It reduced cocaine use [@dakwar-2019; @jnoes-2018].\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the error points at the key and suggests the reference it was meant to be
        DiagnosticLine.Of(diagnostic).ShouldBe("input/about.md:5:40 error unknown-citation");
        diagnostic.Message.ShouldBe("no reference has the key 'jnoes-2018'");
        diagnostic.Hint.ShouldBe("did you mean 'jones-2018'?");
    }

    [Theory]
    [InlineData("methadone", "'methadone' is a substance, not a reference")]
    [InlineData("nmda-receptor-antagonism", "'nmda-receptor-antagonism' is a mechanism, not a reference")]
    public void Should_say_what_a_key_names_when_it_is_a_document_but_not_a_reference(string key, string message)
    {
        // Given a citation whose key is the id of a substance or a mechanism
        using var site = Build($"It acts differently [@{key}].\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the error says what the key names, and the hint says to link to it instead
        DiagnosticLine.Of(diagnostic).ShouldBe("input/about.md:5:23 error unknown-citation");
        diagnostic.Message.ShouldBe(message);
        diagnostic.Hint.ShouldBe($"link to it with [[{key}]]; a citation names a file in input/references/");
    }

    [Fact]
    public void Should_suggest_only_references_and_otherwise_how_to_add_one()
    {
        // Given a key one letter away from a substance's id, and far from every reference's
        using var site = Build("It is an anaesthetic [@ketamin].\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then no substance is suggested as a citation; the hint says how to create the reference
        diagnostic.Code.ShouldBe("unknown-citation");
        diagnostic.Message.ShouldBe("no reference has the key 'ketamin'");
        diagnostic.Hint.ShouldBe("add the reference with 'site new reference ketamin', or correct the key");
    }

    [Fact]
    public void Should_report_every_unknown_key_of_a_citation_and_none_of_the_known_ones()
    {
        // Given one citation with a known key between two unknown ones
        using var site = Build("Trials disagree [@smith-2020; @jones-2018; @jones-2081].\n");

        // When the site is checked
        var diagnostics = site.Result.Diagnostics;

        // Then each unknown key is reported at its own column, with its own hint
        diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/about.md:5:19 error unknown-citation",
            "input/about.md:5:45 error unknown-citation",
        ]);
        diagnostics.Select(d => d.Hint).ShouldBe(
        [
            "add the reference with 'site new reference smith-2020', or correct the key",
            "did you mean 'jones-2018'?",
        ]);
        diagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static TestSite Build(string paragraph) =>
        TestSite.Build(new Dictionary<string, string>(Base) { ["index.md"] = TestSite.HomeLinking("about"), ["about.md"] = "---\ntitle: About\n---\n\n" + paragraph });
}
