namespace Site.Cli.Tests;

/// <summary>One request a <see cref="RecordedServer"/> received.</summary>
/// <param name="Target">The request target as sent: path and query, escapes kept (<c>/esummary.fcgi?db=pubmed&amp;id=1&amp;retmode=json</c>).</param>
/// <param name="Accept">The <c>Accept</c> header, or null.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, or null.</param>
/// <param name="Arrived">When it arrived, counted from the server's start.</param>
public sealed record RecordedRequest(string Target, string? Accept, string? UserAgent, TimeSpan Arrived)
{
    /// <summary>The path, without the query.</summary>
    public string Path => Target.Split('?')[0];

    /// <summary>The query's parameters, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query =>
        Target.Contains('?')
            ? [.. Target[(Target.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty))]
            : [];

    /// <summary>The value of a query parameter, or null.</summary>
    public string? this[string parameter] => Query.Where(p => p.Key == parameter).Select(p => p.Value).FirstOrDefault();
}
