using System.CommandLine;
using System.Globalization;
using Site.Core.Building;
using Site.Core.Diagnostics;
using Site.Core.Diagnostics.Formatting;
using Site.Theme;

namespace Site.Cli.Commands;

/// <summary><c>site build</c> and <c>site check</c> (the same, writing nothing).</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console, bool write)
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => InputFolder.Default };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the site.", DefaultValueFactory = _ => "output" };
        var format = new Option<string>("--format") { Description = "How to print diagnostics.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail on warnings too." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each step took." };
        var retractions = new Option<string?>("--retractions") { Description = "A Retraction Watch CSV file, anywhere; it wins over site.yml's 'retractions', which must lie inside the input folder." };
        var previous = new Option<string?>("--previous")
        {
            Description = "The previous edition's claims.json or built site folder: also write /changes/ and its Atom feed /changes.xml (dated by SOURCE_DATE_EPOCH, else the build's UTC date at midnight; the feed needs site.yml's baseUrl).",
        };
        var theme = new Option<string?>("--theme") { Description = "The site's own theme folder, anywhere: its templates and assets win over the default theme's of the same path, and over site.yml's 'theme'." };
        var noWait = new Option<bool>("--no-wait") { Description = "Exit at once (code 2) if another build is writing to the same output, instead of waiting for it." };

        var command = write
            ? new Command("build", "Check the content and write the site; nothing is written when there are errors.") { input, output, format, warningsAsErrors, timings, noWait, retractions, previous, theme }
            : new Command("check", "Check the content without writing anything.") { input, format, warningsAsErrors, timings, retractions, theme };

        command.SetAction(result =>
        {
            var chosenFormat = Enum.Parse<DiagnosticFormat>(result.GetValue(format)!, ignoreCase: true);
            var options = new BuildOptions(
                result.GetValue(input)!,
                write ? result.GetValue(output) : null,
                console.WorkingDirectory,
                result.GetValue(warningsAsErrors),
                ThemeFolder(console.WorkingDirectory),
                // One line on a terminal, rewritten in place; nothing at all when redirected.
                console.ShowProgress ? step => console.Error.Write($"\r\u001b[2K{step}...") : null,
                WaitForOutput: !(write && result.GetValue(noWait)),
                // Said whether or not standard error is a terminal: a build that seems to hang should say why, in a log too.
                OnWaitingForOutput: () => console.Error.WriteLine($"site: waiting for another build of '{result.GetValue(output)}' to finish..."),
                Retractions: result.GetValue(retractions),
                PreviousEdition: write ? result.GetValue(previous) : null,
                Theme: result.GetValue(theme));

            var started = System.Diagnostics.Stopwatch.StartNew();
            var outcome = new SiteBuilder(new LiquidTheme()).Build(options);
            if (console.ShowProgress)
            {
                console.Error.Write("\r\u001b[2K");
            }

            DiagnosticFormatters.For(chosenFormat, console.UseColor && chosenFormat == DiagnosticFormat.Text).Write(console.Out, outcome.Diagnostics);
            if (result.GetValue(timings))
            {
                foreach (var step in outcome.Timings)
                {
                    console.Error.WriteLine($"{step.Step,-16}{step.Elapsed.TotalMilliseconds,8:0.0} ms   peak {step.PeakBytes / (1024 * 1024),6:N0} MiB");
                }

                // The collector's share is the first thing to know of a slow build: it stops every worker while it runs.
                console.Error.WriteLine(
                    $"{"collections",-16}{GC.GetTotalPauseDuration().TotalMilliseconds,8:0.0} ms paused; {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, " +
                    $"{GC.CollectionCount(2)} gen2; {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MiB allocated");
            }

            console.Error.WriteLine(Summary(outcome, options, started.Elapsed));
            return outcome.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    // The repository's theme sources must never be overwritten, even though the theme ships inside the tool.
    private static IReadOnlyList<string> ThemeFolder(string workingDirectory)
    {
        var theme = Path.Combine(workingDirectory, "theme");
        return Directory.Exists(theme) ? [theme] : [];
    }

    private static string Summary(BuildResult outcome, BuildOptions options, TimeSpan elapsed)
    {
        var counts = outcome.Counts;
        var time = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (outcome.HasErrors)
        {
            return options.OutputDirectory is null
                ? $"Check failed: {counts}."
                : $"Build failed: {counts}. Nothing was written; '{options.OutputDirectory}' is as it was.";
        }

        return outcome.Written
            ? $"Built {DiagnosticCounts.Describe(outcome.PageCount, "page")} into '{options.OutputDirectory}' in {time} ms ({counts})."
            : $"Checked {DiagnosticCounts.Describe(outcome.PageCount, "page")} in {time} ms ({counts}).";
    }
}
