using System.Net;

namespace Site.Core.Importing.Online;

/// <summary>A server's answer to one look-up, read whole.</summary>
/// <param name="Status">The status of the last answer (after redirects).</param>
/// <param name="MediaType">Its <c>Content-Type</c> without parameters, or null.</param>
/// <param name="Body">Its body as text.</param>
/// <param name="Address">Where it came from, after redirects.</param>
internal sealed record OnlineAnswer(HttpStatusCode Status, string? MediaType, string Body, Uri Address)
{
    public bool IsSuccess => (int)Status is >= 200 and <= 299;
}
