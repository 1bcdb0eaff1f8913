using System.Text.Json.Nodes;
using Site.Core.Building;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.Online;

/// <summary>
/// <c>site add</c>: looks each identifier up online (a DOI by content negotiation, a PMID or PMCID with NCBI's
/// E-utilities) and imports the records found as <c>site import</c> imports a file's entries: the same keys,
/// duplicates and writing (<see cref="BibliographyImport.Import"/>). An identifier the site already has (same DOI
/// or PMID) is not asked for at all, unless <see cref="AddOptions.Update"/> asks to refresh it. Every identifier is
/// looked up before anything is written, so a failure writes nothing. Not part of the build: the build never goes online.
/// </summary>
public sealed class IdentifierImport
{
    /// <summary>Adds; throws <see cref="SiteSetupException"/> for usage and I/O problems: an identifier that is none, a look-up that fails.</summary>
    public ImportResult Run(AddOptions options) =>
        // On the thread pool: a caller's synchronisation context (a test runner's) is never waited on from inside.
        Task.Run(() => RunAsync(options)).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    public async Task<ImportResult> RunAsync(AddOptions options)
    {
        var identifiers = Parse(options.Identifiers);
        var present = options.Update ? new HashSet<string>() : BibliographyImport.PresentIdentifiers(options.InputDirectory, options.WorkingDirectory);

        using var http = new OnlineHttp(options.Timeout, options.RetryDelay);
        var doi = new DoiResolver(http, options.DoiServer);
        var pubMed = new PubMedResolver(http, options.PubMedServer, options.NcbiApiKey);
        var diagnostics = new DiagnosticBag();
        var entries = new List<ImportedEntry>();
        foreach (var identifier in identifiers)
        {
            var location = new SourceLocation(identifier.Display, 1, 1);
            if (identifier.DuplicateKey is { } key && present.Contains(key))
            {
                entries.Add(Known(identifier.Kind, identifier.Value, location));
                continue;
            }

            entries.Add(await ResolveAsync(identifier, location, doi, pubMed, present, diagnostics));
        }

        return new BibliographyImport().Import(entries, diagnostics, new ImportOptions([], options.InputDirectory, options.WorkingDirectory, options.DryRun, options.Update));
    }

    // Every identifier is read before any is asked for: a typing error costs no request, and all of them are named at once.
    private static List<OnlineIdentifier> Parse(IReadOnlyList<string> texts)
    {
        var identifiers = new List<OnlineIdentifier>();
        var problems = new List<string>();
        foreach (var text in texts)
        {
            if (OnlineIdentifier.TryParse(text, out var identifier, out var problem))
            {
                // The same work named twice (doi:X and https://doi.org/X) is looked up once.
                if (!identifiers.Any(i => i.Kind == identifier.Kind && (i.DuplicateKey ?? i.Value) == (identifier.DuplicateKey ?? identifier.Value)))
                {
                    identifiers.Add(identifier);
                }
            }
            else
            {
                problems.Add(problem);
            }
        }

        return problems.Count > 0 ? throw new SiteSetupException(string.Join("; ", problems)) : identifiers;
    }

    private static async Task<ImportedEntry> ResolveAsync(
        OnlineIdentifier identifier, SourceLocation location, DoiResolver doi, PubMedResolver pubMed, IReadOnlySet<string> present, DiagnosticBag diagnostics)
    {
        switch (identifier.Kind)
        {
            case OnlineIdentifierKind.Doi:
                var item = CslResponse.ToItem(await doi.FetchAsync(identifier), identifier, out var unknownType);
                if (unknownType is not null)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticDescriptors.UnknownEntryType, DiagnosticDescriptors.UnknownEntryType.DefaultSeverity, location,
                        $"the registration agency gives the type '{unknownType}', which CSL does not have; it is written as 'document'",
                        "correct 'type' in the written file if a CSL type fits better"));
                }

                return new ImportedEntry(item, null, location);

            case OnlineIdentifierKind.Pmid:
                var (record, evidence) = await pubMed.FetchAsync(identifier);
                return new ImportedEntry(record, null, location, evidence);

            default:
                var (pmid, foundDoi) = await pubMed.FindInPmcAsync(identifier);
                var next = pmid is not null ? new OnlineIdentifier(OnlineIdentifierKind.Pmid, pmid)
                    : foundDoi is not null && OnlineIdentifier.TryParse("doi:" + foundDoi, out var byDoi, out _) ? byDoi
                    : throw new SiteSetupException($"{identifier.Display}: PubMed Central gives this article neither a PubMed id nor a DOI to look it up by; add the reference by hand with site new reference");
                if (next.DuplicateKey is { } key && present.Contains(key))
                {
                    return Known(next.Kind, next.Value, location);
                }

                var entry = await ResolveAsync(next, location, doi, pubMed, present, diagnostics);
                entry.Item["PMCID"] = identifier.Value;
                return entry;
        }
    }

    // An identifier the site has: an entry with only that, which the import reports as already present.
    private static ImportedEntry Known(OnlineIdentifierKind kind, string value, SourceLocation location) =>
        new(new JsonObject { [kind == OnlineIdentifierKind.Doi ? "DOI" : "PMID"] = value }, null, location);
}
