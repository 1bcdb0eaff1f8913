using Site.Core.Importing.CslYaml;

namespace Site.Core.Tests.Importing.CslYaml;

/// <summary>Runs the examples of csl-yaml.spec.md: a .yaml file in, the CSL items and diagnostics read from it out.</summary>
public sealed class CslYamlSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Importing", "CslYaml", "csl-yaml.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(12);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_read_each_example_as_the_spec_lists(string title, string input, string expected)
    {
        // Given an example's .yaml file
        // When it is recognised and read
        var (format, file) = BibliographySpec.Read(input, ".yaml");

        // Then it is read as CSL-YAML, into the items and diagnostics the spec lists
        format.ShouldBeOfType<CslYamlFormat>(title);
        BibliographySpec.Describe(file!).ShouldBe(BibliographySpec.Canonical(expected), title);
    }
}
