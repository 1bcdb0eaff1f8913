using System.CommandLine;
using Site.Core.Building;
using Site.Core.Importing;

namespace Site.Cli.Commands;

/// <summary><c>site import FILE...</c>: bibliography files in, one reference file per entry out.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "BibTeX, BibLaTeX, CSL-JSON, CSL-YAML, RIS or PubMed (MEDLINE) files.", Arity = ArgumentArity.OneOrMore };
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => InputFolder.Default };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be written, and write nothing." };
        var update = new Option<bool>("--update") { Description = "Refresh the fields of references already present (same DOI or PMID)." };
        var source = new Option<string?>("--from") { Description = "The files' format, when it cannot be told from their content." };
        var format = new Option<string>("--format") { Description = "How to print diagnostics.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var command = new Command("import", "Write a reference file for each entry of bibliography files.") { files, input, dryRun, update, source, format };

        command.SetAction(result =>
        {
            var options = new ImportOptions(
                result.GetValue(files)!, result.GetValue(input)!, console.WorkingDirectory, result.GetValue(dryRun), result.GetValue(update), result.GetValue(source));
            return ImportReport.Write(console, new BibliographyImport().Run(options), result.GetValue(format)!, options.DryRun);
        });
        return command;
    }
}
