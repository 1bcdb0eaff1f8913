namespace Site.Cli;

/// <summary>Where the command writes and runs; tests pass their own.</summary>
/// <param name="Out">Standard output: diagnostics in the chosen format.</param>
/// <param name="Error">Standard error: summaries and failures.</param>
/// <param name="WorkingDirectory">Relative paths are resolved against this folder.</param>
/// <param name="UseColor">Colour the text diagnostics (a terminal, and NO_COLOR unset).</param>
/// <param name="ShowProgress">Show the step being worked on (standard error is a terminal).</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory, bool UseColor, bool ShowProgress = false)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole FromSystem() => new(
        Console.Out,
        Console.Error,
        Environment.CurrentDirectory,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsErrorRedirected);
}
