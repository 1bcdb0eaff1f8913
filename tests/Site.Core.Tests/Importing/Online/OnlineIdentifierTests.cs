using Site.Core.Importing.Online;

namespace Site.Core.Tests.Importing.Online;

/// <summary>What site add takes as an identifier, and what it refuses before asking anyone.</summary>
public sealed class OnlineIdentifierTests
{
    [Theory]
    [InlineData("doi:10.3389/fpsyt.2018.00277", "doi:10.3389/fpsyt.2018.00277")]
    [InlineData("  DOI: 10.3389/fpsyt.2018.00277 ", "doi:10.3389/fpsyt.2018.00277")]
    [InlineData("10.3389/fpsyt.2018.00277", "doi:10.3389/fpsyt.2018.00277")]
    [InlineData("https://doi.org/10.3389/fpsyt.2018.00277", "doi:10.3389/fpsyt.2018.00277")]
    [InlineData("http://dx.doi.org/10.3389/fpsyt.2018.00277", "doi:10.3389/fpsyt.2018.00277")]
    [InlineData("https://doi.org/10.1002/%28SICI%291097-4636", "doi:10.1002/(SICI)1097-4636")]
    [InlineData("pmid:30140240", "pmid:30140240")]
    [InlineData("PMID:030140240", "pmid:30140240")]
    [InlineData("pmcid:PMC3539452", "pmcid:PMC3539452")]
    [InlineData("pmcid:3539452", "pmcid:PMC3539452")]
    [InlineData("pmc3539452", "pmcid:PMC3539452")]
    public void Should_read_each_form_of_a_DOI_PMID_and_PMCID(string text, string expected)
    {
        // Given an identifier as an editor may write it
        // When it is read
        var identifier = OnlineIdentifier.Parse(text);

        // Then it is the one identifier, written one way
        identifier.Display.ShouldBe(expected);
    }

    [Theory]
    [InlineData("ketamine", "'ketamine' is no DOI, PubMed id or PubMed Central id")]
    [InlineData("30140240", "'30140240' is a number, not an identifier: write pmid:30140240 for a PubMed id, or pmcid:PMC30140240")]
    [InlineData("doi:10.abc/x", "'doi:10.abc/x' is not a DOI")]
    [InlineData("10.3389/", "'10.3389/' is not a DOI")]
    [InlineData("https://doi.org/", "'https://doi.org/' is not a DOI")]
    [InlineData("pmid:12ab", "'pmid:12ab' is not a PubMed id")]
    [InlineData("pmid:", "'pmid:' is not a PubMed id")]
    [InlineData("PMC", "'PMC' is not a PubMed Central id")]
    [InlineData("pmcid:PMCx1", "'pmcid:PMCx1' is not a PubMed Central id")]
    public void Should_say_what_is_wrong_with_what_is_no_identifier(string text, string expected)
    {
        // Given something that is no identifier
        // When it is read
        var read = OnlineIdentifier.TryParse(text, out _, out var problem);

        // Then it is refused, named in the reason
        read.ShouldBeFalse();
        problem.ShouldStartWith(expected);
    }

    [Fact]
    public void Should_find_duplicates_of_a_DOI_in_any_case_and_of_a_PMID_but_not_of_a_PMCID()
    {
        // Given a DOI, a PMID and a PMCID
        // When their duplicate keys are asked for
        // Then they are the keys the import compares, and a PMCID (which a reference does not carry) has none
        OnlineIdentifier.Parse("10.3389/FPSYT.2018.00277").DuplicateKey.ShouldBe("doi:10.3389/fpsyt.2018.00277");
        OnlineIdentifier.Parse("pmid:30140240").DuplicateKey.ShouldBe("pmid:30140240");
        OnlineIdentifier.Parse("PMC3539452").DuplicateKey.ShouldBeNull();
    }
}
