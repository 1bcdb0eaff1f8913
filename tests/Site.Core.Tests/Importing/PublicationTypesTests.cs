using Site.Core.Content;
using Site.Core.Importing;

namespace Site.Core.Tests.Importing;

/// <summary>The evidence level PubMed's publication types state, and only when they state one.</summary>
public sealed class PublicationTypesTests
{
    [Theory]
    [InlineData(EvidenceLevel.Rct, "Journal Article", "Randomized Controlled Trial")]
    [InlineData(EvidenceLevel.SystematicReview, "Journal Article", "Systematic Review")]
    [InlineData(EvidenceLevel.MetaAnalysis, "Meta-Analysis")]
    [InlineData(EvidenceLevel.CaseReport, "Case Reports")]
    [InlineData(EvidenceLevel.Guideline, "Practice Guideline")]
    [InlineData(EvidenceLevel.Guideline, "guideline")]
    [InlineData(EvidenceLevel.SystematicReview, "Meta-Analysis", "Systematic Review")]
    [InlineData(EvidenceLevel.Rct, "Case Reports", "Randomized Controlled Trial")]
    public void Should_take_the_level_a_publication_type_names(EvidenceLevel expected, params string[] types)
    {
        // Given a record's publication types
        // When its evidence is asked for
        // Then it is the level named, the stronger of two
        PublicationTypes.EvidenceOf(types).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Journal Article")]
    [InlineData("Journal Article", "Review")]
    [InlineData("Clinical Trial", "Observational Study", "Comparative Study")]
    [InlineData]
    public void Should_leave_the_level_out_when_the_types_name_none_unambiguously(params string[] types)
    {
        // Given publication types that could be more than one level, or none
        // When its evidence is asked for
        // Then there is none
        PublicationTypes.EvidenceOf(types).ShouldBeNull();
    }
}
