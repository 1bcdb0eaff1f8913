namespace Site.Core.Importing.Online;

/// <summary>What <c>site add</c> looks up and how it writes.</summary>
/// <param name="Identifiers">The identifiers as given: DOIs, PMIDs, PMCIDs (see <see cref="OnlineIdentifier"/>).</param>
/// <param name="InputDirectory">The site's content folder; references go into its <c>references/</c>.</param>
/// <param name="WorkingDirectory">Paths in diagnostics and the plan are relative to this folder.</param>
/// <param name="DryRun">Say what would be written, and write nothing (the look-ups are still made).</param>
/// <param name="Update">Refresh the bibliographic fields of references already present (same DOI or PMID).</param>
public sealed record AddOptions(
    IReadOnlyList<string> Identifiers,
    string InputDirectory,
    string WorkingDirectory,
    bool DryRun = false,
    bool Update = false)
{
    /// <summary>The DOI resolver content negotiation is asked at.</summary>
    public Uri DoiServer { get; init; } = new("https://doi.org/");

    /// <summary>The base of NCBI's E-utilities (<c>esummary.fcgi</c> and <c>efetch.fcgi</c> are below it).</summary>
    public Uri PubMedServer { get; init; } = new("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/");

    /// <summary>How long one request may take before it is given up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An NCBI API key (<c>NCBI_API_KEY</c>): sent with every E-utilities request, which may then come 10 a second instead of 3.</summary>
    public string? NcbiApiKey { get; init; }

    /// <summary>The wait before the first retry of a request a server could not answer (429 or 5xx without <c>Retry-After</c>); doubled for the next.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
