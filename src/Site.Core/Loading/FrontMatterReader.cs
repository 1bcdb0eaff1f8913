using Site.Core.Content;
using Site.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>What the kinds' front-matter readers share: summaries, lists, identifiers, a reference's CSL fields.</summary>
internal static class FrontMatterReader
{
    /// <summary>The longest summary, in characters: it is a definition shown in lists.</summary>
    public const int MaxSummaryLength = 300;

    /// <summary>A reference's CSL fields, the evidence level and the retraction fields, with the fields its type requires.</summary>
    internal static ReferenceFrontMatter ReadReference(string title, string what, FrontMatterFields fields)
    {
        var type = fields.Required("type", what, CslTypes.ArticleJournal) is not null ? fields.Choice("type", CslTypes.Names, "CSL type")?.Value : null;
        EvidenceLevel? evidence = fields.Choice("evidence", EvidenceLevels.Names, "evidence level") is { } name && EvidenceLevels.TryParse(name.Value, out var level)
            ? level
            : null;
        var reference = new ReferenceFrontMatter(title)
        {
            Type = type,
            Authors = CslVariableReader.Names(fields, "author"),
            ContainerTitle = fields.String("container-title"),
            Publisher = fields.String("publisher"),
            PublisherPlace = fields.String("publisher-place"),
            Issued = CslVariableReader.Date(fields, "issued"),
            Accessed = CslVariableReader.Date(fields, "accessed"),
            Volume = fields.String("volume"),
            Issue = fields.String("issue"),
            Page = fields.String("page"),
            Doi = Identifier(fields, "DOI", Doi, "a DOI like 10.3389/fpsyt.2018.00277", "write the DOI alone, without 'https://doi.org/' or 'doi:'"),
            Pmid = Identifier(fields, "PMID", Pmid, "a PubMed id: digits only, like 30140240", "write only the digits of the PubMed id"),
            Url = Identifier(fields, "URL", Url, "an absolute http or https address", "write the whole address, starting with https://"),
            Evidence = evidence,
            RetractionDate = CslVariableReader.Date(fields, "retraction-date"),
            RetractionNoticeUrl = NoticeUrl(fields),

            // Last: initializers run in order, so the properties above have claimed their variables.
            Variables = Variables(fields),
        };

        if (type is not null)
        {
            foreach (var field in CslTypes.RequiredFields(type))
            {
                // A field present but invalid, or written with no value, has been reported already. A work with no
                // named author (Vancouver starts its entry with the title) leaves 'author' out; an empty list of
                // authors is still to be filled in.
                var missing = field == "author"
                    ? fields.Node("author") is YamlSequenceNode { Children.Count: 0 }
                    : !fields.Declares(field);
                if (missing)
                {
                    fields.ReportMissing(field, $"{what}, of type '{type}',", Example(field));
                }
            }
        }

        return reference;
    }

    // A DOI (bare, doi: or at a resolver) becomes its doi.org address; otherwise an absolute http(s) URL.
    private static string? NoticeUrl(FrontMatterFields fields)
    {
        if (fields.Scalar("retraction-notice") is not { } value)
        {
            return null;
        }

        var text = value.Value.Trim();
        if (Importing.CslValues.BareDoi(text) is { } doi && Doi(doi))
        {
            return new ReferenceFrontMatter(text) { Doi = doi }.DoiUrl;
        }

        if (Url(text))
        {
            return text;
        }

        fields.Report(
            DiagnosticDescriptors.InvalidIdentifier, value,
            $"'retraction-notice' must be the notice's DOI or an http or https address, not '{value.Value}'",
            "write the DOI of the retraction notice, like 10.1000/xyz123, or its whole address, starting with https://");
        return null;
    }

    private static string Example(string field) => field switch
    {
        "author" => "[Jones JL, Mateus CF]",
        "container-title" or "publisher" => "Front Psychiatry",
        "issued" => "2018-07-24",
        "URL" => "https://example.org/report",
        _ => "...",
    };

    private static string? Identifier(FrontMatterFields fields, string name, Func<string, bool> isValid, string expected, string hint)
    {
        if (fields.Scalar(name) is not { } value)
        {
            return null;
        }

        var text = value.Value.Trim();
        if (isValid(text))
        {
            return text;
        }

        fields.Report(DiagnosticDescriptors.InvalidIdentifier, value, $"'{name}' must be {expected}, not '{value.Value}'", hint);
        return null;
    }

    // "10." then a registrant code of digits (dot-separated parts allowed), "/", and a suffix without spaces.
    // Also the rule site add holds an identifier to before asking for it online.
    internal static bool Doi(string text)
    {
        var slash = text.IndexOf('/');
        if (!text.StartsWith("10.", StringComparison.Ordinal) || slash < 7 || slash == text.Length - 1)
        {
            return false;
        }

        var registrant = text.AsSpan(3, slash - 3);
        return registrant[0] != '.' && registrant[^1] != '.' && !registrant.ContainsAnyExcept("0123456789.")
            && !text.AsSpan(slash + 1).ContainsAny(" \t\r\n");
    }

    internal static bool Pmid(string text) =>
        text.Length is > 0 and <= 9 && text[0] != '0' && !text.AsSpan().ContainsAnyExcept("0123456789");

    private static bool Url(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host) && !text.Any(char.IsWhiteSpace);

    /// <summary>A summary, reported when longer than <see cref="MaxSummaryLength"/>.</summary>
    internal static string? Summary(FrontMatterFields fields)
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

    private static IReadOnlyList<CslValue> Variables(FrontMatterFields fields)
    {
        var variables = new List<CslValue>();
        foreach (var variable in CslVariables.All)
        {
            if (fields.Declares(variable.Name) && !fields.IsRead(variable.Name) && CslVariableReader.Read(fields, variable) is { } value)
            {
                variables.Add(value);
            }
        }

        return variables;
    }

    /// <summary>The values of a list, without their positions.</summary>
    internal static IReadOnlyList<string> Values(IReadOnlyList<Sourced<string>> items) => [.. items.Select(i => i.Value)];
}
