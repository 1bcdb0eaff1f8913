using System.CommandLine;
using Site.Core.Scaffolding;
using Site.Core.Text;

namespace Site.Cli.Commands;

/// <summary><c>site init [DIR]</c>: starts a new site that checks clean, then says what to do next.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "The folder of the new site (made if missing).", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Start a new site in a folder: example pages that cite each other and check clean.") { directory };

        command.SetAction(result =>
        {
            var created = StarterSite.Create(result.GetValue(directory)!, console.WorkingDirectory);
            var where = RelativePath.Of(console.WorkingDirectory, created.Directory);
            console.Out.WriteLine(where == "." ? "Started a site here:" : $"Started a site in '{where}':");
            foreach (var file in created.Written)
            {
                console.Out.WriteLine($"  {RelativePath.Of(created.Directory, file)}");
            }

            if (created.KeptGitIgnore)
            {
                console.Out.WriteLine($"  ({StarterSite.GitIgnorePath} was there already and is as it was)");
            }

            console.Out.WriteLine();
            console.Out.WriteLine("Next steps:");
            if (where != ".")
            {
                console.Out.WriteLine($"  cd {Quoted(where)}");
            }

            Step("site preview", "serve it at http://127.0.0.1:5080/, rebuilt as you edit");
            Step("site new substance \"Nitrous oxide\"", "add a page: substance, mechanism, reference or page");
            Step($"cite with [@{StarterSite.ReferenceKey}]", "a reference's key is its file name in input/references/");
            Step("site check", "every problem, with its file and line");
            Step("site build", "write the site into output/");
            return ExitCodes.Success;
        });
        return command;

        void Step(string command, string what) => console.Out.WriteLine($"  {command,-37}{what}");
    }

    // Quoted for a POSIX shell only where it needs to be, so the line can be pasted as it is.
    private static string Quoted(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? path : "'" + path.Replace("'", "'\\''") + "'";
}
