using Site.Core.Building;
using Site.Core.Loading;

namespace Site.Core.Importing.Online;

/// <summary>
/// An identifier given to <c>site add</c>: a DOI (<c>doi:10.…</c>, bare, or as a <c>https://doi.org/</c> or
/// <c>http://dx.doi.org/</c> address), a PubMed id (<c>pmid:30140240</c>) or a PubMed Central id
/// (<c>pmcid:PMC6094990</c>, or <c>PMC6094990</c> alone).
/// </summary>
/// <param name="Kind">What it identifies the work in.</param>
/// <param name="Value">The DOI without prefix, as given; the PMID's digits; the PMCID as <c>PMC</c> and digits.</param>
public sealed record OnlineIdentifier(OnlineIdentifierKind Kind, string Value)
{
    private static readonly string[] DoiPrefixes = ["doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"];

    /// <summary>The identifier as messages and diagnostics name it: <c>doi:10.3389/fpsyt.2018.00277</c>, <c>pmid:30140240</c>, <c>pmcid:PMC6094990</c>.</summary>
    public string Display => Kind switch
    {
        OnlineIdentifierKind.Doi => "doi:" + Value,
        OnlineIdentifierKind.Pmid => "pmid:" + Value,
        _ => "pmcid:" + Value,
    };

    /// <summary>The key duplicates are found by (<see cref="BibliographyImport.Identifiers"/>), or null for a PMCID, which a reference does not carry.</summary>
    public string? DuplicateKey => Kind switch
    {
        OnlineIdentifierKind.Doi => "doi:" + BibliographyImport.NormalDoi(Value),
        OnlineIdentifierKind.Pmid => "pmid:" + Value,
        _ => null,
    };

    /// <summary>Reads one identifier; throws <see cref="SiteSetupException"/> naming it when it is none of the three.</summary>
    public static OnlineIdentifier Parse(string text) =>
        TryParse(text, out var identifier, out var problem) ? identifier : throw new SiteSetupException(problem);

    /// <summary>Reads one identifier, or says in <paramref name="problem"/> why it is none.</summary>
    public static bool TryParse(string text, out OnlineIdentifier identifier, out string problem)
    {
        identifier = new OnlineIdentifier(OnlineIdentifierKind.Doi, string.Empty);
        problem = string.Empty;
        var trimmed = text.Trim();

        if (DoiPrefixes.FirstOrDefault(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix)
        {
            // An address may carry the DOI escaped (10.1000%2Fabc), as doi.org itself writes it in links.
            var doi = prefix.StartsWith("http", StringComparison.Ordinal) ? Uri.UnescapeDataString(trimmed[prefix.Length..]) : trimmed[prefix.Length..];
            return Doi(text, doi.Trim(), out identifier, out problem);
        }

        if (trimmed.StartsWith("10.", StringComparison.Ordinal))
        {
            return Doi(text, trimmed, out identifier, out problem);
        }

        if (trimmed.StartsWith("pmid:", StringComparison.OrdinalIgnoreCase))
        {
            var digits = trimmed[5..].Trim().TrimStart('0');
            if (FrontMatterReader.Pmid(digits))
            {
                identifier = new OnlineIdentifier(OnlineIdentifierKind.Pmid, digits);
                return true;
            }

            problem = $"'{text}' is not a PubMed id: write its digits after pmid:, like pmid:30140240";
            return false;
        }

        var named = trimmed.StartsWith("pmcid:", StringComparison.OrdinalIgnoreCase);
        var pmc = named ? trimmed[6..].Trim() : trimmed;
        if (named || pmc.StartsWith("pmc", StringComparison.OrdinalIgnoreCase))
        {
            var number = (pmc.StartsWith("pmc", StringComparison.OrdinalIgnoreCase) ? pmc[3..] : pmc).TrimStart('0');
            if (FrontMatterReader.Pmid(number))
            {
                identifier = new OnlineIdentifier(OnlineIdentifierKind.Pmcid, "PMC" + number);
                return true;
            }

            problem = $"'{text}' is not a PubMed Central id: write PMC and its digits, like pmcid:PMC6094990";
            return false;
        }

        problem = trimmed.Length > 0 && !trimmed.AsSpan().ContainsAnyExcept("0123456789")
            ? $"'{text}' is a number, not an identifier: write pmid:{trimmed} for a PubMed id, or pmcid:PMC{trimmed} for a PubMed Central id"
            : $"'{text}' is no DOI, PubMed id or PubMed Central id: write doi:10.…, pmid:… or pmcid:PMC…";
        return false;
    }

    private static bool Doi(string text, string doi, out OnlineIdentifier identifier, out string problem)
    {
        identifier = new OnlineIdentifier(OnlineIdentifierKind.Doi, doi);
        problem = FrontMatterReader.Doi(doi)
            ? string.Empty
            : $"'{text}' is not a DOI: a DOI is 10., the registrant's number, a slash and a suffix, like 10.3389/fpsyt.2018.00277";
        return problem.Length == 0;
    }
}
