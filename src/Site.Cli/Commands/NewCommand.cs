using System.CommandLine;
using Site.Core.Building;
using Site.Core.Content;
using Site.Core.Scaffolding;
using Site.Core.Text;

namespace Site.Cli.Commands;

/// <summary><c>site new KIND NAME</c>: writes a new document with the front matter its kind needs.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var kind = new Argument<string>("kind") { Description = "substance, mechanism, reference or page." };
        kind.AcceptOnlyFromAmong("substance", "mechanism", "reference", "page");
        var name = new Argument<string>("name") { Description = "The title or id, e.g. \"Nitrous oxide\" or nitrous-oxide." };
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => InputFolder.Default };
        var command = new Command("new", "Create a substance, mechanism, reference or page with the right front matter.") { kind, name, input };

        command.SetAction(result =>
        {
            var documentKind = Enum.Parse<DocumentKind>(result.GetValue(kind)!, ignoreCase: true);
            var inputFolder = InputFolder.RequireExisting(result.GetValue(input)!, console.WorkingDirectory);

            var created = DocumentScaffold.Create(inputFolder, documentKind, result.GetValue(name)!);
            console.Out.WriteLine(RelativePath.Of(console.WorkingDirectory, created));
            return ExitCodes.Success;
        });
        return command;
    }
}
