using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Site.Core.Building;
using Site.Core.Content;

namespace Site.Core.Importing.Online;

/// <summary>
/// Looks PubMed and PubMed Central ids up with NCBI's E-utilities: <c>esummary</c> (JSON) for a PubMed record's
/// bibliographic fields, <c>efetch</c> (XML) for its abstract and publication types, and <c>esummary</c> of
/// <c>db=pmc</c> for the PubMed id and DOI of a PubMed Central article. Every request keeps to NCBI's rate
/// (<see cref="RequestSpacing.ForNcbi"/>) and carries the API key when there is one.
/// </summary>
internal sealed class PubMedResolver(OnlineHttp http, Uri server, string? apiKey)
{
    private readonly RequestSpacing _spacing = RequestSpacing.ForNcbi(!string.IsNullOrEmpty(apiKey));

    /// <summary>The record of <paramref name="pmid"/> as an item, and the evidence level its publication types state.</summary>
    public async Task<(JsonObject Item, EvidenceLevel? Evidence)> FetchAsync(OnlineIdentifier pmid)
    {
        var record = await SummaryAsync("pubmed", pmid.Value, pmid, "PubMed has no record with this id");
        var item = PubMedSummary.ToItem(record, pmid.Value);

        var fetched = await GetAsync("efetch.fcgi", "pubmed", pmid.Value, "xml", "application/xml", pmid);
        PubMedArticle? article;
        try
        {
            article = PubMedArticle.Read(fetched.Body, pmid.Value);
        }
        catch (XmlException e)
        {
            throw new SiteSetupException($"{pmid.Display}: {fetched.Address.Authority} did not answer efetch with PubMed XML ({e.Message}); nothing was written");
        }

        if (article?.Abstract is { } summary)
        {
            item["abstract"] = summary;
        }

        // The XML's types, or the summary's when the XML lacks the article: the same list, from the same record.
        var types = article?.PublicationTypes is { Count: > 0 } listed ? listed : PubMedSummary.PublicationTypes(record);
        if (PublicationTypes.StatusOf(types) is { } status)
        {
            item["status"] = status;
            if (article?.RetractionNoticePmid is { } notice)
            {
                item["retraction-notice"] = $"https://pubmed.ncbi.nlm.nih.gov/{notice}/";
            }
        }

        return (item, PublicationTypes.EvidenceOf(types));
    }

    /// <summary>The PubMed id and the DOI PubMed Central records for <paramref name="pmcid"/> (either may be missing).</summary>
    public async Task<(string? Pmid, string? Doi)> FindInPmcAsync(OnlineIdentifier pmcid)
    {
        var digits = pmcid.Value[3..];
        var record = await SummaryAsync("pmc", digits, pmcid, "PubMed Central has no article with this id");
        string? Id(string type) => record["articleids"] is JsonArray ids
            ? ids.OfType<JsonObject>().Where(id => CslResponse.Text(id["idtype"]) == type).Select(id => CslResponse.Text(id["value"])).FirstOrDefault(v => v is not null)
            : null;

        // PubMed Central writes 0 for an article PubMed does not hold.
        var pmid = Id("pmid") is { } found && OnlineIdentifier.TryParse("pmid:" + found, out var parsed, out _) ? parsed.Value : null;
        return (pmid, Id("doi"));
    }

    private async Task<JsonObject> SummaryAsync(string database, string id, OnlineIdentifier identifier, string unknown)
    {
        var answer = await GetAsync("esummary.fcgi", database, id, "json", "application/json", identifier);
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(answer.Body) as JsonObject;
        }
        catch (JsonException)
        {
            root = null;
        }

        if (root is null)
        {
            throw new SiteSetupException($"{identifier.Display}: {answer.Address.Authority} did not answer esummary with JSON (it sent {answer.MediaType ?? "no media type"}); nothing was written");
        }

        // A refused request (a bad API key) is answered with an "error" of its own, not with a result.
        if (root["result"] is not JsonObject result)
        {
            var error = CslResponse.Text(root["error"]) ?? CslResponse.Text(root["esummaryresult"]) ?? "no result";
            throw new SiteSetupException($"{identifier.Display}: {answer.Address.Authority} refused the look-up ({error}); nothing was written");
        }

        // An unknown id is answered 200, with a record that holds only an error.
        if (result[id] is not JsonObject record || record["error"] is not null)
        {
            var why = result[id] is JsonObject { } failed ? CslResponse.Text(failed["error"]) : null;
            throw new SiteSetupException($"{identifier.Display}: {unknown}{(why is null ? string.Empty : $" ({why})")}; check it for typing errors");
        }

        return record;
    }

    private async Task<OnlineAnswer> GetAsync(string tool, string database, string id, string mode, string accept, OnlineIdentifier identifier)
    {
        var query = $"{tool}?db={database}&id={id}&retmode={mode}";
        if (!string.IsNullOrEmpty(apiKey))
        {
            query += "&api_key=" + Uri.EscapeDataString(apiKey);
        }

        var answer = await http.GetAsync(new Uri(OnlineServers.Base(server), query), accept, identifier, _spacing);
        if (!answer.IsSuccess)
        {
            // The address is not shown: it would show the API key.
            throw new SiteSetupException($"{identifier.Display}: {answer.Address.Authority} answered {tool} {OnlineHttp.Describe(answer.Status)}; nothing was written");
        }

        return answer;
    }
}
