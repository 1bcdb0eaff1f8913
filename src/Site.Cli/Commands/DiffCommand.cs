using System.CommandLine;
using Site.Core.Editions;
using Site.Core.Editions.Formatting;

namespace Site.Cli.Commands;

/// <summary><c>site diff OLD NEW</c>: what changed in the claims between two editions.</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("old") { Description = "The earlier edition: its claims.json, or the built site's folder holding it." };
        var after = new Argument<string>("new") { Description = "The later edition: its claims.json, or the built site's folder holding it." };
        var format = new Option<string>("--format") { Description = "How to print the changes.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");

        var command = new Command("diff", "Compare the claims of two editions: claims added, removed and changed, citations, evidence and retraction status, page by page.")
        {
            before, after, format,
        };
        command.SetAction(result =>
        {
            Edition old, @new;
            try
            {
                old = EditionReader.Read(result.GetValue(before)!, console.WorkingDirectory);
                @new = EditionReader.Read(result.GetValue(after)!, console.WorkingDirectory);
            }
            catch (EditionReadException e)
            {
                console.Error.WriteLine($"site: {e.Message}");
                return ExitCodes.UsageOrIo;
            }

            var changes = EditionComparer.Compare(old, @new);
            ChangesFormatter.Write(console.Out, changes, Enum.Parse<ChangesFormat>(result.GetValue(format)!, ignoreCase: true));
            return ExitCodes.Success;
        });
        return command;
    }
}
