namespace Site.Cli.Tests;

/// <summary>What a <see cref="RecordedServer"/> answers one request with.</summary>
/// <param name="Status">The status code.</param>
/// <param name="ContentType">The <c>Content-Type</c>, or null for none.</param>
/// <param name="Body">The body.</param>
/// <param name="Headers">More headers (<c>Location</c>, <c>Retry-After</c>).</param>
/// <param name="Hangs">Never answer: the server holds the request until the client gives up.</param>
public sealed record RecordedAnswer(int Status, string? ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Hangs = false)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Recorded");

    /// <summary>A recorded file, as the service sends it (its media type from its extension); <paramref name="pmid"/> fills a synthetic record's <c>{PMID}</c>.</summary>
    public static RecordedAnswer File(string name, string? pmid = null)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(Folder, name));
        var type = Path.GetExtension(name) switch
        {
            ".json" when name.StartsWith("esummary", StringComparison.Ordinal) => "application/json; charset=UTF-8",
            ".json" => "application/vnd.citationstyles.csl+json",
            ".xml" => "text/xml; charset=UTF-8",
            _ => "text/html;charset=utf-8",
        };
        return new RecordedAnswer(200, type, pmid is null ? text : text.Replace("{PMID}", pmid, StringComparison.Ordinal));
    }

    /// <summary>A redirect, as doi.org sends one to the registration agency.</summary>
    public static RecordedAnswer Redirect(Uri location) =>
        new(302, "text/html;charset=utf-8", $"<html><head><title>Handle Redirect</title></head>\n<body><a href=\"{location}\">{location}</a></body></html>", new Dictionary<string, string> { ["Location"] = location.AbsoluteUri });

    /// <summary>A status with no body of interest, and headers.</summary>
    public static RecordedAnswer Plain(int status, params (string Name, string Value)[] headers) =>
        new(status, "text/plain", string.Empty, headers.ToDictionary(h => h.Name, h => h.Value));

    /// <summary>No answer at all.</summary>
    public static RecordedAnswer Never { get; } = new(0, null, string.Empty, Hangs: true);
}
