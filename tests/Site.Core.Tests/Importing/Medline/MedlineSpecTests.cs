using Site.Core.Importing.Medline;

namespace Site.Core.Tests.Importing.Medline;

/// <summary>Runs the examples of medline.spec.md: MEDLINE in, the CSL-JSON entries and diagnostics out.</summary>
public sealed class MedlineSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Importing", "Medline", "medline.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(15);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_read_each_example_as_the_spec_says(string title, string input, string expected)
    {
        // Given an example's MEDLINE text
        var source = ImportSpec.Source("spec.nbib", input);

        // When it is read
        var file = new MedlineFormat().Read(source);

        // Then the entries and diagnostics are those the spec lists
        ImportSpec.Describe(file).ShouldBe(ImportSpec.Canonical(expected), title);
    }
}
