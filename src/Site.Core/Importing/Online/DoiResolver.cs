using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Core.Building;

namespace Site.Core.Importing.Online;

/// <summary>
/// Looks a DOI up by content negotiation: <c>GET {server}/{DOI}</c> asking for CSL-JSON. doi.org answers with a
/// redirect to the DOI's registration agency (Crossref, DataCite...), which answers the record.
/// </summary>
internal sealed class DoiResolver(OnlineHttp http, Uri server)
{
    /// <summary>The media type of CSL-JSON, as content negotiation names it.</summary>
    public const string CslJson = "application/vnd.citationstyles.csl+json";

    /// <summary>The agency's CSL-JSON for <paramref name="doi"/>; throws <see cref="SiteSetupException"/> naming it when there is none.</summary>
    public async Task<JsonObject> FetchAsync(OnlineIdentifier doi)
    {
        // Each part of the DOI escaped on its own: its slashes stay path separators, as doi.org writes them.
        var path = string.Join('/', doi.Value.Split('/').Select(Uri.EscapeDataString));
        var answer = await http.GetAsync(new Uri(OnlineServers.Base(server), path), CslJson, doi);
        if (answer.Status == HttpStatusCode.NotFound)
        {
            throw new SiteSetupException($"{doi.Display}: there is no such DOI ({answer.Address.Authority} answered 404 Not Found); check it, or add the reference by hand with site new reference");
        }

        if (!answer.IsSuccess)
        {
            throw new SiteSetupException($"{doi.Display}: {answer.Address.Authority} answered {OnlineHttp.Describe(answer.Status)}; nothing was written");
        }

        try
        {
            if (JsonNode.Parse(answer.Body) is JsonObject csl)
            {
                return csl;
            }
        }
        catch (JsonException)
        {
            // Reported below, as any answer that is not a CSL-JSON item.
        }

        throw new SiteSetupException(
            $"{doi.Display}: {answer.Address.Authority} did not answer with CSL-JSON (it sent {answer.MediaType ?? "no media type"}); its registration agency may not give citation metadata. Add the reference by hand with site new reference");
    }
}
