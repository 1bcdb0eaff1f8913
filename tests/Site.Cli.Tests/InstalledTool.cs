using System.Diagnostics;

namespace Site.Cli.Tests;

/// <summary>
/// A program that the test command (<c>bash scripts/test.sh</c>) installs for the tests, run as a child
/// process. When it is missing, the test that needs it fails and says how to install it: a check that
/// quietly does not run would pass for a broken site.
/// </summary>
public sealed record InstalledTool(string Name, string Executable)
{
    /// <summary>html-validate, from npm at the version pinned in tests/tools/package-lock.json.</summary>
    public static InstalledTool HtmlValidate { get; } =
        new("html-validate", Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", ".bin", "html-validate"));

    /// <summary>LinkChecker, Debian's package.</summary>
    public static InstalledTool LinkChecker { get; } = new("linkchecker", "/usr/bin/linkchecker");

    /// <summary>Runs the tool with <paramref name="args"/> in <paramref name="workingDirectory"/> and returns what it wrote and its exit code.</summary>
    public CliRun Run(string workingDirectory, IEnumerable<string> args)
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"{Name} is not installed ({Executable} is missing). Run the test command, bash scripts/test.sh, which installs it.");
        }

        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        return CliRun.WaitFor(process, Name);
    }
}
