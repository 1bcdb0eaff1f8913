using System.CommandLine;
using Site.Cli.Commands;
using Site.Core.Building;

namespace Site.Cli;

/// <summary>The <c>site</c> command: parses arguments and hands the work to Site.Core.</summary>
public static class SiteCommandLine
{
    /// <summary>Runs the command and returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Build, check and preview an evidence site from markdown in input/.")
        {
            BuildCommand.Create(console, write: true),
            BuildCommand.Create(console, write: false),
            PreviewCommand.Create(console),
            InitCommand.Create(console),
            NewCommand.Create(console),
            ImportCommand.Create(console),
            AddCommand.Create(console),
            DiffCommand.Create(console),
        };

        UsageErrors.ReportUnmatchedTokensOurselves(root);
        var parsed = root.Parse(args);
        if (UsageErrors.Describe(parsed) is { Count: > 0 } problems)
        {
            foreach (var line in problems)
            {
                console.Error.WriteLine(line);
            }

            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (SiteSetupException e)
        {
            console.Error.WriteLine($"site: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"site: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
