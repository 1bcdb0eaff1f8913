using System.Diagnostics;

namespace Site.Cli.Tests;

/// <summary>The outcome of one run of the command.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>site</c> in this process with <paramref name="workingDirectory"/> as its working directory.</summary>
    public static CliRun InProcess(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = SiteCommandLine.Run(args, new CliConsole(stdout, stderr, workingDirectory, UseColor: false));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the real <c>site</c> executable as a child process, as a user or CI would.</summary>
    public static CliRun AsProcess(string workingDirectory, params string[] args) =>
        AsProcess(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the real <c>site</c> executable with extra environment variables.</summary>
    public static CliRun AsProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        return WaitFor(process, $"site {string.Join(' ', args)}");
    }

    /// <summary>Reads all a started process writes and waits (two minutes at most) for it to exit; the caller owns the process.</summary>
    public static CliRun WaitFor(Process process, string description) => WaitFor(process, description, TimeSpan.FromMinutes(2));

    /// <summary>Reads all a started process writes and waits (<paramref name="limit"/> at most, then kills it) for it to exit; the caller owns the process.</summary>
    public static CliRun WaitFor(Process process, string description, TimeSpan limit)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{description} did not finish");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the real <c>site</c> executable with its output redirected; the caller owns the process.</summary>
    public static Process Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>All output, for messages and stack-trace checks.</summary>
    public string All => Out + Error;
}
