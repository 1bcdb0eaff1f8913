namespace Site.Core.Content;

/// <summary>One CSL-JSON variable: its name, exactly as CSL spells it (<c>container-title</c>, <c>DOI</c>), and what it holds.</summary>
/// <param name="Name">The name, case-sensitive: <c>DOI</c>, <c>ISSN</c>, <c>PMCID</c> and <c>URL</c> are upper case.</param>
/// <param name="Kind">Names, a date, a number, text or a list of texts.</param>
public sealed record CslVariable(string Name, CslVariableKind Kind);
