using Site.Core.Content;
using Site.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Reads a CSL variable from a reference's front matter by its kind, reporting a value of the wrong kind where it is
/// written: names as the authors are written, dates as a year, a year and month or a full date, numbers and strings
/// as single values, a list as a list.
/// </summary>
internal static class CslVariableReader
{
    /// <summary>The variable's value, or null when it is absent, empty or not of its kind (reported).</summary>
    public static CslValue? Read(FrontMatterFields fields, CslVariable variable) => variable.Kind switch
    {
        CslVariableKind.Name => Names(fields, variable.Name) is { Count: > 0 } names ? new CslNames(variable, names) : null,
        CslVariableKind.Date => Date(fields, variable.Name) is { } date ? new CslDate(variable, date) : null,
        CslVariableKind.StringList => fields.StringList(variable.Name) is { Count: > 0 } items
            ? new CslTextList(variable, [.. items.Select(i => i.Value)])
            : null,
        _ => fields.String(variable.Name) is { } text ? new CslText(variable, text) : null,
    };

    /// <summary>
    /// Names as "Family Initials" strings (<c>Jones JL</c>), CSL <c>{family, given}</c> maps, or <c>{literal}</c>
    /// maps for organisations; a single name may stand without a list.
    /// </summary>
    public static IReadOnlyList<Author> Names(FrontMatterFields fields, string name)
    {
        if (fields.Node(name) is not { } node)
        {
            return [];
        }

        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var names = new List<Author>();
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    names.Add(Author.Parse(text));
                    break;
                case YamlMappingNode map when Text(map, "family") is { } family:
                    names.Add(new Author(family, Text(map, "given")));
                    break;
                case YamlMappingNode map when Text(map, "literal") is { } literal:
                    names.Add(new Author(literal, null));
                    break;
                default:
                    fields.ReportType(name, item, "a list of names like 'Jones JL' or {family, given} maps", $"write each name as '- Family Initials' under '{name}:'");
                    break;
            }
        }

        return names;
    }

    /// <summary>A year, year-month or full date; one that cannot be, like 2018-13, is reported at its value.</summary>
    public static PartialDate? Date(FrontMatterFields fields, string name)
    {
        if (fields.Scalar(name) is not { } value)
        {
            return null;
        }

        if (PartialDate.TryParse(value.Value, out var date))
        {
            return date;
        }

        fields.Report(
            DiagnosticDescriptors.InvalidIdentifier, value,
            $"'{name}' must be a year or a date (2018, 2018-07 or 2018-07-24), not '{value.Value}'",
            "write the year, or year-month-day with two-digit month and day");
        return null;
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;
}
