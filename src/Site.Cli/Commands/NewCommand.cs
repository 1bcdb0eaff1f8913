using System.CommandLine;
using Site.Core.Building;
using Site.Core.Kinds;
using Site.Core.Scaffolding;
using Site.Core.Text;

namespace Site.Cli.Commands;

/// <summary><c>site new KIND NAME</c>: writes a new document with the front matter its kind needs.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var names = DocumentKinds.Names;
        var kind = new Argument<string>("kind") { Description = Listing(names) + "." };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.Names]);
        var name = new Argument<string>("name") { Description = "The title or id, e.g. \"Nitrous oxide\" or nitrous-oxide." };
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => InputFolder.Default };
        var command = new Command("new", $"Create a {Listing(names)} with the right front matter.") { kind, name, input };

        command.SetAction(result =>
        {
            var documentKind = DocumentKinds.Named(result.GetValue(kind)!)!;
            var inputFolder = InputFolder.RequireExisting(result.GetValue(input)!, console.WorkingDirectory);

            var created = DocumentScaffold.Create(inputFolder, documentKind, result.GetValue(name)!);
            console.Out.WriteLine(RelativePath.Of(console.WorkingDirectory, created));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Listing(IReadOnlyList<string> names) => string.Join(", ", names.SkipLast(1)) + " or " + names[^1];
}
