using Site.Core.Kinds;
using Site.Core.Scaffolding;

namespace Site.Core.Tests.Scaffolding;

/// <summary>A new page is valid YAML and markdown, invents nothing, and is an error until the editor has written it.</summary>
public sealed class DocumentScaffoldTests
{
    [Theory]
    [InlineData("substance", "Nitrous oxide", "substances/nitrous-oxide.md", new[] { "4:8", "6:10", "9:1" })]
    [InlineData("mechanism", "GABA-A modulation", "mechanisms/gaba-a-modulation.md", new[] { "4:10", "7:1" })]
    [InlineData("condition", "Alcohol use disorder", "conditions/alcohol-use-disorder.md", new[] { "4:10", "7:1" })]
    [InlineData("reference", "nagele-2015", "references/nagele-2015.md", new[] { "3:8", "4:9", "5:18", "6:9", "7:11", "11:1" })]
    [InlineData("page", "Glossary", "glossary.md", new[] { "3:14", "6:1" })]
    public void Should_write_a_page_whose_only_problems_are_its_unfinished_markers(string kind, string name, string path, string[] markers)
    {
        // Given a site that checks clean
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = "---\ntitle: Home\n---\n\nWelcome.\n" });

        // When a new document of the kind is created and the site is checked with warnings as errors
        DocumentScaffold.Create(site.InputDirectory, DocumentKinds.Named(kind)!, name);
        var result = site.Build(warningsAsErrors: true);

        // Then each thing left to write is an unfinished-page error at its marker, and there is nothing else
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(markers.Select(m => $"input/{path}:{m} error unfinished-page"));
    }

    [Theory]
    [InlineData("substance", "substances/nitrous-oxide.md")]
    [InlineData("mechanism", "mechanisms/nitrous-oxide.md")]
    [InlineData("condition", "conditions/nitrous-oxide.md")]
    public void Should_leave_the_review_date_out(string kind, string path)
    {
        // Given a site
        using var site = TestSite.Write(new Dictionary<string, string>());

        // When a substance or mechanism is created
        DocumentScaffold.Create(site.InputDirectory, DocumentKinds.Named(kind)!, "Nitrous oxide");

        // Then nobody has reviewed it, and its front matter does not say so
        File.ReadAllLines(Path.Combine(site.InputDirectory, path)).ShouldNotContain(l => l.StartsWith("reviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_leave_a_references_title_to_the_editor_instead_of_making_one_from_its_key()
    {
        // Given a site
        using var site = TestSite.Write(new Dictionary<string, string>());

        // When a reference is created from its key
        DocumentScaffold.Create(site.InputDirectory, DocumentKinds.Reference, "nagele-2015");

        // Then the title is marked as still to be written, not "Nagele 2015"
        var lines = File.ReadAllLines(Path.Combine(site.InputDirectory, "references", "nagele-2015.md"));
        lines.ShouldContain("title: !unfinished \"the title of the work, as it was published\"");
        lines.ShouldNotContain(l => l.Contains("Nagele 2015", StringComparison.Ordinal));
    }
}
