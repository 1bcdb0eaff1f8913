using Site.Core.Importing.BibTex;

namespace Site.Core.Tests.Importing.BibTex;

/// <summary>Runs the examples of bibtex.spec.md: a .bib file in, the CSL items and diagnostics read from it out.</summary>
public sealed class BibTexSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Importing", "BibTex", "bibtex.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(40);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_read_each_example_as_the_spec_lists(string title, string input, string expected)
    {
        // Given an example's .bib file
        // When it is recognised and read
        var (format, file) = BibliographySpec.Read(input, ".bib");

        // Then it is read as BibTeX, into the items and diagnostics the spec lists
        format.ShouldBeOfType<BibTexFormat>(title);
        BibliographySpec.Describe(file!).ShouldBe(BibliographySpec.Canonical(expected), title);
    }
}
