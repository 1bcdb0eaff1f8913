using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>Reads the front matter of each kind into its typed record, reporting every problem.</summary>
internal static class FrontMatterReader
{
    /// <summary>The longest summary, in characters: it is a definition shown in lists.</summary>
    public const int MaxSummaryLength = 300;

    private static readonly string[] PageFields = ["title", "description"];
    private static readonly string[] SubstanceFields = ["title", "aliases", "class", "mechanisms", "summary", "reviewed"];
    private static readonly string[] MechanismFields = ["title", "aliases", "summary", "reviewed"];
    private static readonly string[] ReferenceFields =
        ["type", "title", "author", "container-title", "issued", "volume", "issue", "page", "DOI", "PMID", "URL", "evidence"];

    /// <summary>The fields a kind defines.</summary>
    public static IReadOnlyList<string> KnownFields(DocumentKind kind) => kind switch
    {
        DocumentKind.Substance => SubstanceFields,
        DocumentKind.Mechanism => MechanismFields,
        DocumentKind.Reference => ReferenceFields,
        _ => PageFields,
    };

    /// <summary>Builds the typed front matter; the id stands in for a missing title.</summary>
    public static FrontMatter Read(DocumentKind kind, string id, FrontMatterFields fields)
    {
        var what = $"{DocumentKinds.Name(kind)} '{id}'";
        var title = fields.Required("title", what, Slug.Humanize(id)) ?? id;
        return kind switch
        {
            DocumentKind.Substance => new SubstanceFrontMatter(
                title,
                Values(fields.StringList("aliases")),
                fields.String("class"),
                fields.StringList("mechanisms"),
                Summary(fields),
                fields.Date("reviewed")),
            DocumentKind.Mechanism => new MechanismFrontMatter(
                title,
                Values(fields.StringList("aliases")),
                Summary(fields),
                fields.Date("reviewed")),
            DocumentKind.Reference => ReadReference(title, fields),
            _ => new PageFrontMatter(title, fields.String("description")),
        };
    }

    private static ReferenceFrontMatter ReadReference(string title, FrontMatterFields fields)
    {
        EvidenceLevel? evidence = fields.Choice("evidence", EvidenceLevels.Names) is { } name && EvidenceLevels.TryParse(name.Value, out var level)
            ? level
            : null;
        return new ReferenceFrontMatter(
            title,
            fields.String("type"),
            Authors(fields),
            fields.String("container-title"),
            fields.String("issued"),
            fields.String("volume"),
            fields.String("issue"),
            fields.String("page"),
            fields.String("DOI"),
            fields.String("PMID"),
            fields.String("URL"),
            evidence);
    }

    private static string? Summary(FrontMatterFields fields)
    {
        if (fields.Scalar("summary") is not { } summary)
        {
            return null;
        }

        if (summary.Value.Length > MaxSummaryLength)
        {
            fields.Report(
                DiagnosticDescriptors.InvalidFrontMatter, summary,
                $"the summary is {summary.Value.Length} characters long; at most {MaxSummaryLength} fit in lists",
                "keep the summary to a one- or two-sentence definition and put the detail in the body");
        }

        return summary.Value;
    }

    /// <summary>Authors as "Family Given" strings (<c>Jones JL</c>) or CSL <c>{family, given}</c> maps.</summary>
    private static IReadOnlyList<Author> Authors(FrontMatterFields fields)
    {
        if (fields.Node("author") is not { } node)
        {
            return [];
        }

        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var authors = new List<Author>();
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    var space = text.Trim().LastIndexOf(' ');
                    authors.Add(space < 0 ? new Author(text.Trim(), null) : new Author(text.Trim()[..space].TrimEnd(), text.Trim()[(space + 1)..]));
                    break;
                case YamlMappingNode map when Text(map, "family") is { } family:
                    authors.Add(new Author(family, Text(map, "given")));
                    break;
                default:
                    fields.ReportType("author", item, "a list of names like 'Jones JL' or {family, given} maps", "write each author as '- Family Initials'");
                    break;
            }
        }

        return authors;
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

    private static IReadOnlyList<string> Values(IReadOnlyList<Sourced<string>> items) => [.. items.Select(i => i.Value)];
}
