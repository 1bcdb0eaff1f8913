namespace Site.Cli.Tests;

/// <summary>How the stand-ins for doi.org, the registration agencies and NCBI answer, from the files in Recorded/.</summary>
public static class RecordedServices
{
    /// <summary>The id of a synthetic record PubMed types "Retracted Publication" (PubMed has no such id).</summary>
    public const string RetractedPmid = "99999980";

    /// <summary>The ids the synthetic PubMed records answer for (PubMed has none of them).</summary>
    public static IReadOnlyList<string> SyntheticPmids { get; } = [.. Enumerable.Range(99999990, 8).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>doi.org: a 302 to the DOI's registration agency (at <paramref name="agency"/>), or its "DOI Not Found" page.</summary>
    public static Func<RecordedRequest, RecordedAnswer> Resolver(RecordedServer agency) => request => request.Path switch
    {
        "/10.3389/fpsyt.2018.00277" => RecordedAnswer.Redirect(agency.At("v1/works/10.3389%2Ffpsyt.2018.00277/transform")),
        "/10.5061/dryad.8515" => RecordedAnswer.Redirect(agency.At("dois/application/vnd.citationstyles.csl+json/10.5061/dryad.8515")),
        _ => RecordedAnswer.File("doi-not-found.html") with { Status = 404 },
    };

    /// <summary>The registration agencies: Crossref's and DataCite's CSL-JSON answers.</summary>
    public static RecordedAnswer Agency(RecordedRequest request) => request.Path switch
    {
        "/v1/works/10.3389%2Ffpsyt.2018.00277/transform" => RecordedAnswer.File("crossref-10.3389-fpsyt.2018.00277.json"),
        "/dois/application/vnd.citationstyles.csl+json/10.5061/dryad.8515" => RecordedAnswer.File("datacite-10.5061-dryad.8515.json"),
        _ => RecordedAnswer.Plain(404),
    };

    /// <summary>NCBI's E-utilities, with <paramref name="prefix"/> before the tools' names (<c>/entrez/eutils</c>, or none).</summary>
    public static Func<RecordedRequest, RecordedAnswer> PubMed(string prefix = "") => request =>
    {
        var tool = request.Path.StartsWith(prefix + "/", StringComparison.Ordinal) ? request.Path[(prefix.Length + 1)..] : request.Path;
        return (tool, request["db"], request["id"]) switch
        {
            ("esummary.fcgi", "pubmed", "30140240" or "22368089" or "99999999") => RecordedAnswer.File($"esummary-pubmed-{request["id"]}.json"),
            ("efetch.fcgi", "pubmed", "30140240" or "22368089") => RecordedAnswer.File($"efetch-pubmed-{request["id"]}.xml"),
            ("esummary.fcgi", "pubmed", { } id) when SyntheticPmids.Contains(id) => RecordedAnswer.File("esummary-pubmed-synthetic.json", id),
            ("efetch.fcgi", "pubmed", { } id) when SyntheticPmids.Contains(id) => RecordedAnswer.File("efetch-pubmed-synthetic.xml", id),
            ("esummary.fcgi", "pubmed", RetractedPmid) => RecordedAnswer.File("esummary-pubmed-retracted.json", RetractedPmid),
            ("efetch.fcgi", "pubmed", RetractedPmid) => RecordedAnswer.File("efetch-pubmed-retracted.xml", RetractedPmid),
            ("esummary.fcgi", "pmc", "3539452") => RecordedAnswer.File("esummary-pmc-3539452.json"),
            _ => RecordedAnswer.Plain(400),
        };
    };
}
