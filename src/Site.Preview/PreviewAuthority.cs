using System.Globalization;

namespace Site.Preview;

/// <summary>
/// The names the preview answers to, the one list its Host and Origin checks are derived from. A page of
/// another site whose name is made to resolve to 127.0.0.1 (DNS rebinding) reaches the server with that
/// name in Host; a page of another origin that reaches it sends its own Origin. Both are refused, so
/// unpublished drafts and the reload channel are only ever read by the preview's own pages.
/// </summary>
internal static class PreviewAuthority
{
    // The server listens on 127.0.0.1; localhost and [::1] are how a browser or a tool may name the same machine.
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>True when a Host header names the preview: one of its names with the port it is bound to.</summary>
    public static bool IsOwnHost(string? host, int port) =>
        host is not null && Names.Any(name => Matches(host, name, port));

    /// <summary>True when an Origin header is one of the preview's own: <c>http://</c>, one of its names and its port.</summary>
    public static bool IsOwnOrigin(string origin, int port) =>
        origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && Names.Any(name => Matches(origin["http://".Length..], name, port));

    /// <summary>The hosts served, for a refusal: "127.0.0.1:5080, localhost:5080 or [::1]:5080".</summary>
    public static string DescribeHosts(int port) => Describe(port, prefix: string.Empty);

    /// <summary>The origins served, for a refusal: "http://127.0.0.1:5080, http://localhost:5080 or http://[::1]:5080".</summary>
    public static string DescribeOrigins(int port) => Describe(port, prefix: "http://");

    // A browser leaves the port out of Host and Origin when it is the scheme's default.
    private static bool Matches(string authority, string name, int port) =>
        authority.Equals(name + ":" + port.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase) ||
        (port == 80 && authority.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static string Describe(int port, string prefix)
    {
        var all = Names.Select(name => prefix + name + ":" + port.ToString(CultureInfo.InvariantCulture)).ToArray();
        return string.Join(", ", all[..^1]) + " or " + all[^1];
    }
}
