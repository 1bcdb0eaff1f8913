using Site.Core.Content;

namespace Site.Core.Tests.Content;

public sealed class CslVariablesTests
{
    [Theory]
    [InlineData(CslVariableKind.Name, 26)]
    [InlineData(CslVariableKind.Date, 6)]
    [InlineData(CslVariableKind.Number, 16)]
    [InlineData(CslVariableKind.String, 51)]
    [InlineData(CslVariableKind.StringList, 1)]
    public void Should_hold_as_many_variables_of_each_kind_as_the_csl_data_schema_1_0_2(CslVariableKind kind, int count)
    {
        // Given the registry
        // When its variables of one kind are counted
        // Then there are as many as csl-data.json 1.0.2 has (its id, citation-key and custom left out)
        CslVariables.All.Count(v => v.Kind == kind).ShouldBe(count);
    }

    [Theory]
    [InlineData("author", CslVariableKind.Name)]
    [InlineData("editor", CslVariableKind.Name)]
    [InlineData("series-creator", CslVariableKind.Name)]
    [InlineData("original-date", CslVariableKind.Date)]
    [InlineData("available-date", CslVariableKind.Date)]
    [InlineData("edition", CslVariableKind.Number)]
    [InlineData("page", CslVariableKind.Number)]
    [InlineData("abstract", CslVariableKind.String)]
    [InlineData("PMCID", CslVariableKind.String)]
    [InlineData("archive_location", CslVariableKind.String)]
    [InlineData("journalAbbreviation", CslVariableKind.String)]
    [InlineData("categories", CslVariableKind.StringList)]
    public void Should_find_a_variable_by_its_exact_name_with_its_kind(string name, CslVariableKind kind)
    {
        // Given a variable's name as CSL spells it
        // When it is looked up
        // Then it is found, of its kind
        CslVariables.Find(name).ShouldBe(new CslVariable(name, kind));
    }

    [Theory]
    [InlineData("doi")]
    [InlineData("Editor")]
    [InlineData("id")]
    [InlineData("citation-key")]
    [InlineData("custom")]
    [InlineData("evidence")]
    public void Should_not_find_a_name_that_differs_in_case_or_is_no_front_matter_variable(string name)
    {
        // Given a name in the wrong case, or one the file name or the site's own fields stand for
        // When it is looked up
        // Then it is not a variable
        CslVariables.Find(name).ShouldBeNull();
    }

    [Fact]
    public void Should_name_each_variable_once()
    {
        // Given the registry
        // When its names are counted
        // Then none comes twice
        CslVariables.Names.Distinct(StringComparer.Ordinal).Count().ShouldBe(CslVariables.All.Count);
    }
}
