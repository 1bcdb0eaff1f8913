using System.Diagnostics;

namespace Site.Cli.Tests;

/// <summary>
/// A program that the test command (<c>bash scripts/test.sh</c>) installs for the tests, run as a child
/// process. When it is missing, the test that needs it fails and says how to install it: a check that
/// quietly does not run would pass for a broken site.
/// </summary>
/// <param name="Name">What the tool is called.</param>
/// <param name="Executable">The program run.</param>
/// <param name="Install">The command that installs it alone, for the message when it is missing.</param>
public sealed record InstalledTool(string Name, string Executable, string Install)
{
    private const string NpmTools = "npm ci --prefix tests/tools";

    private static readonly string Tools = Path.Combine(RepositoryRoot.Path, "tests", "tools");

    /// <summary>html-validate, from npm at the version pinned in tests/tools/package-lock.json.</summary>
    public static InstalledTool HtmlValidate { get; } =
        new("html-validate", Path.Combine(Tools, "node_modules", ".bin", "html-validate"), NpmTools);

    /// <summary>LinkChecker, Debian's package.</summary>
    public static InstalledTool LinkChecker { get; } = new("linkchecker", "/usr/bin/linkchecker", "apt-get install -y linkchecker");

    /// <summary>
    /// citation-js (its core and CSL plugin, from npm at the versions pinned in tests/tools/package-lock.json), run by
    /// node through tests/tools/vancouver.js: given a CSL-JSON file, it writes each item's Vancouver entry as JSON.
    /// </summary>
    public static InstalledTool CitationJs { get; } = new("citation-js", "/usr/bin/node", NpmTools)
    {
        Leading = [Path.Combine(Tools, "vancouver.js")],
        Marker = Path.Combine(Tools, "node_modules", "@citation-js", "plugin-csl", "package.json"),
    };

    /// <summary>
    /// citation-js as <see cref="CitationJs"/>, run through tests/tools/apa.js: given a CSL-JSON file, it writes each item's APA 7 entry
    /// (its text, and the parts in italics) as JSON.
    /// </summary>
    public static InstalledTool CitationJsApa { get; } = new("citation-js", "/usr/bin/node", NpmTools)
    {
        Leading = [Path.Combine(Tools, "apa.js")],
        Marker = Path.Combine(Tools, "node_modules", "@citation-js", "plugin-csl", "package.json"),
    };

    /// <summary>The CSL styles citation-js comes with, by template name (<c>vancouver</c>, <c>apa</c>...), as one JSON object.</summary>
    public static string CitationJsStyles { get; } = Path.Combine(Tools, "node_modules", "@citation-js", "plugin-csl", "lib", "styles.json");

    /// <summary>pandoc, Debian's package: its citeproc and its BibTeX reader.</summary>
    public static InstalledTool Pandoc { get; } = new("pandoc", "/usr/bin/pandoc", "apt-get install -y pandoc");

    /// <summary>
    /// feedparser, Debian's python3-feedparser, run by python3 through tests/tools/atom-feed.py: given a feed, it writes what
    /// it parsed (whether the feed is well-formed, the feed's and each entry's id, title, dates and links) as JSON.
    /// </summary>
    public static InstalledTool FeedParser { get; } = new("feedparser", "/usr/bin/python3", "apt-get install -y python3-feedparser")
    {
        Leading = [Path.Combine(Tools, "atom-feed.py")],
        Marker = "/usr/lib/python3/dist-packages/feedparser/__init__.py",
    };

    /// <summary>Arguments that come before the caller's: the script the interpreter runs.</summary>
    public IReadOnlyList<string> Leading { get; init; } = [];

    /// <summary>A file that is there only when the tool is installed, besides the executable: an npm package's.</summary>
    public string? Marker { get; init; }

    /// <summary>Fails the test, saying how to install the tool, when the tool is not installed.</summary>
    public void EnsureInstalled()
    {
        foreach (var required in new[] { Executable, Marker }.OfType<string>())
        {
            if (!File.Exists(required))
            {
                Assert.Fail($"{Name} is not installed ({required} is missing). Run the test command, bash scripts/test.sh, which installs it, or {Install}.");
            }
        }
    }

    /// <summary>Runs the tool with <paramref name="args"/> in <paramref name="workingDirectory"/> and returns what it wrote and its exit code.</summary>
    public CliRun Run(string workingDirectory, IEnumerable<string> args)
    {
        EnsureInstalled();

        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in Leading.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        return CliRun.WaitFor(process, Name);
    }
}
