using Site.Core.Importing.CslJson;

namespace Site.Core.Tests.Importing.CslJson;

/// <summary>Runs the examples of csl-json.spec.md: a .json file in, the CSL items and diagnostics read from it out.</summary>
public sealed class CslJsonSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Importing", "CslJson", "csl-json.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(18);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_read_each_example_as_the_spec_lists(string title, string input, string expected)
    {
        // Given an example's .json file
        // When it is recognised and read
        var (format, file) = BibliographySpec.Read(input, ".json");

        // Then it is read as CSL-JSON, into the items and diagnostics the spec lists
        format.ShouldBeOfType<CslJsonFormat>(title);
        BibliographySpec.Describe(file!).ShouldBe(BibliographySpec.Canonical(expected), title);
    }
}
