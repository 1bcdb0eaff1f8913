using System.CommandLine;
using System.Globalization;
using Site.Core.Building;
using Site.Core.Importing.Online;

namespace Site.Cli.Commands;

/// <summary><c>site add ID...</c>: DOIs, PMIDs and PMCIDs looked up online, one reference file per work.</summary>
internal static class AddCommand
{
    public static Command Create(CliConsole console)
    {
        // Made only when add runs or shows its help: its addresses load System.Uri, which no other command's start needs.
        var defaults = new Lazy<AddOptions>(() => new AddOptions([], InputFolder.Default, console.WorkingDirectory));
        var ids = new Argument<string[]>("ids") { Description = "DOIs (doi:10.…, 10.…, https://doi.org/10.…), PMIDs (pmid:…) or PMCIDs (pmcid:PMC…).", Arity = ArgumentArity.OneOrMore };
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => InputFolder.Default };
        var dryRun = new Option<bool>("--dry-run") { Description = "Look the identifiers up and print what would be written; write nothing." };
        var update = new Option<bool>("--update") { Description = "Refresh the fields of references already present (same DOI or PMID) from the online record." };
        var format = new Option<string>("--format") { Description = "How to print diagnostics.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var doiServer = new Option<string>("--doi-server")
        {
            Description = "Where DOIs are resolved by content negotiation; $SITE_DOI_SERVER when set.",
            DefaultValueFactory = _ => FromEnvironment("SITE_DOI_SERVER") ?? defaults.Value.DoiServer.AbsoluteUri,
        };
        var pubMedServer = new Option<string>("--pubmed-server")
        {
            Description = "NCBI's E-utilities, where PMIDs and PMCIDs are looked up; $SITE_PUBMED_SERVER when set.",
            DefaultValueFactory = _ => FromEnvironment("SITE_PUBMED_SERVER") ?? defaults.Value.PubMedServer.AbsoluteUri,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to wait for each answer.",
            DefaultValueFactory = _ => defaults.Value.Timeout.TotalSeconds,
        };
        var command = new Command("add", "Look DOIs, PMIDs or PMCIDs up online and write a reference file for each.")
        {
            ids, input, dryRun, update, format, doiServer, pubMedServer, timeout,
        };

        command.SetAction(result =>
        {
            var seconds = result.GetValue(timeout);
            if (!(seconds > 0 && seconds <= 600))
            {
                throw new SiteSetupException($"--timeout must be a number of seconds above 0 and at most 600, not {seconds.ToString(CultureInfo.InvariantCulture)}");
            }

            var options = new AddOptions(result.GetValue(ids)!, result.GetValue(input)!, console.WorkingDirectory, result.GetValue(dryRun), result.GetValue(update))
            {
                DoiServer = Server("--doi-server", result.GetValue(doiServer)!),
                PubMedServer = Server("--pubmed-server", result.GetValue(pubMedServer)!),
                Timeout = TimeSpan.FromSeconds(seconds),
                NcbiApiKey = FromEnvironment("NCBI_API_KEY"),
            };
            return ImportReport.Write(console, new IdentifierImport().Run(options), result.GetValue(format)!, options.DryRun);
        });
        return command;
    }

    private static string? FromEnvironment(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;

    private static Uri Server(string option, string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new SiteSetupException($"{option} must be an http or https address, like https://doi.org, not '{text}'");
}
