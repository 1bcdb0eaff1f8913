using Site.Core.Importing.Ris;

namespace Site.Core.Tests.Importing.Ris;

/// <summary>Runs the examples of ris.spec.md: RIS in, the CSL-JSON entries and diagnostics out.</summary>
public sealed class RisSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Importing", "Ris", "ris.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(20);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_read_each_example_as_the_spec_says(string title, string input, string expected)
    {
        // Given an example's RIS text
        var source = ImportSpec.Source("spec.ris", input);

        // When it is read
        var file = new RisFormat().Read(source);

        // Then the entries and diagnostics are those the spec lists
        ImportSpec.Describe(file).ShouldBe(ImportSpec.Canonical(expected), title);
    }
}
