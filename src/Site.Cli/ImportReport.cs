using Site.Core.Diagnostics.Formatting;
using Site.Core.Importing;

namespace Site.Cli;

/// <summary>What <c>site import</c> and <c>site add</c> print: diagnostics in the chosen format, the files (text only), and a summary line on standard error.</summary>
internal static class ImportReport
{
    /// <summary>Prints <paramref name="outcome"/> and returns the exit code.</summary>
    public static int Write(CliConsole console, ImportResult outcome, string format, bool dryRun)
    {
        var chosen = Enum.Parse<DiagnosticFormat>(format, ignoreCase: true);
        DiagnosticFormatters.For(chosen, console.UseColor && chosen == DiagnosticFormat.Text).Write(console.Out, outcome.Diagnostics);
        if (chosen == DiagnosticFormat.Text)
        {
            foreach (var file in outcome.Planned)
            {
                var verb = outcome.Written ? (file.IsUpdate ? "updated" : "wrote") : (file.IsUpdate ? "would update" : "would write");
                console.Out.WriteLine($"{verb} {file.Path}");
            }
        }

        console.Error.WriteLine(outcome.Summary(dryRun));
        return outcome.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
