namespace Site.Core.Importing.Online;

/// <summary>How the servers' addresses are combined with what is asked of them.</summary>
internal static class OnlineServers
{
    /// <summary>The address with a trailing slash, so that relative paths go below it (<c>https://doi.org</c> and <c>…/eutils</c> alike).</summary>
    public static Uri Base(Uri server) => server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
}
