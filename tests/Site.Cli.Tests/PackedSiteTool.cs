using System.Diagnostics;
using System.Reflection;

namespace Site.Cli.Tests;

/// <summary>
/// The <c>site</c> command as a user installs it: src/Site.Cli packed from the repository's sources with
/// <c>dotnet pack</c>, then installed with <c>dotnet tool install --tool-path</c> into a temporary folder. Packed and
/// installed once per test run and shared by the test classes of <see cref="Collection"/>; deleted afterwards.
/// Nothing it runs reads or writes the user's <c>~/.dotnet/tools</c>, <c>~/.nuget/packages</c> or NuGet sources:
/// the installs read only the packed folder (<see cref="NuGetConfig"/>) and the children get a home of their own.
/// </summary>
/// <example>
/// <code>
/// [Collection(PackedSiteTool.Collection)]
/// public sealed class MyTests(PackedSiteTool site)
/// {
///     [Fact]
///     public void Should_check()
///     {
///         using var folder = new SiteFolder();
///         var run = site.Run(folder.Root, "check");
///         run.ExitCode.ShouldBe(0, run.All);
///     }
/// }
/// </code>
/// </example>
public sealed class PackedSiteTool : IDisposable
{
    /// <summary>The name of the xunit collection whose classes share the packed tool: <c>[Collection(PackedSiteTool.Collection)]</c>.</summary>
    public const string Collection = "packed site tool";

    /// <summary>The package id, as <c>dotnet tool install</c> takes it.</summary>
    public const string PackageId = "Site.Cli";

    /// <summary>How long one run may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // Packing builds the tool for each of its runtime identifiers on a clean clone: minutes on a busy machine.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-packed-tool", Guid.NewGuid().ToString("N"));

    public PackedSiteTool()
    {
        Directory.CreateDirectory(_root);
        Packages = Folder("packages");
        NuGetConfig = Path.Combine(_root, "nuget.config");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        Environment = new Dictionary<string, string>
        {
            // dotnet's own state (first-run marker, template cache, global tools) and the packages a local tool restores.
            ["DOTNET_CLI_HOME"] = Folder("home"),
            ["NUGET_PACKAGES"] = Folder("nuget-packages"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };

        // xunit does not dispose of a fixture whose constructor failed: the folder goes here then.
        try
        {
            var clock = Stopwatch.StartNew();
            // In the test run's configuration, so the libraries it has already built are reused; its own restore is a no-op.
            // No build servers: nothing it starts outlives the test run.
            var pack = Dotnet(
                RepositoryRoot.Path,
                PackTimeout,
                isolated: false,
                "pack", Path.Combine(RepositoryRoot.Path, "src", "Site.Cli"), "-c", Configuration, "-o", Packages, "--disable-build-servers", "-v:q", "--nologo");
            pack.ExitCode.ShouldBe(0, $"dotnet pack failed:\n{pack.All}");
            PackTime = clock.Elapsed;

            clock.Restart();
            var toolPath = Folder("tool");
            var install = Dotnet(_root, Timeout, isolated: true, "tool", "install", PackageId, "--tool-path", toolPath, "--configfile", NuGetConfig);
            install.ExitCode.ShouldBe(0, $"dotnet tool install failed:\n{install.All}");
            InstallTime = clock.Elapsed;
            Executable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "site.exe" : "site");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The installed <c>site</c> (the shim <c>dotnet tool install</c> writes), to run with <see cref="Run"/>.</summary>
    public string Executable { get; }

    /// <summary>The folder <c>dotnet pack</c> wrote the packages into: the only source in <see cref="NuGetConfig"/>.</summary>
    public string Packages { get; }

    /// <summary>A nuget.config naming <see cref="Packages"/> alone, for <c>dotnet tool install --configfile</c>: offline, and never a package of the same name from elsewhere.</summary>
    public string NuGetConfig { get; }

    /// <summary>The variables every child gets on top of this process's: a dotnet home and a NuGet packages folder of its own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>What <c>dotnet pack</c> took, for the report of what the fixture costs.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>What <c>dotnet tool install</c> took.</summary>
    public TimeSpan InstallTime { get; }

    /// <summary>The configuration the tests were built in, which the tool is packed in.</summary>
    private static string Configuration =>
        typeof(PackedSiteTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Runs <c>site ARGS</c> in <paramref name="workingDirectory"/>, as a user at a shell would, and waits for it (<see cref="Timeout"/> at most).</summary>
    public CliRun Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return CliRun.WaitFor(process, $"site {string.Join(' ', args)}", Timeout);
    }

    /// <summary>Starts <c>site ARGS</c> with its output redirected, for commands that keep running (<c>preview</c>); the caller owns the process.</summary>
    public Process Start(string workingDirectory, params string[] args) => Process.Start(StartInfo(Executable, workingDirectory, args, isolated: true))!;

    /// <summary>Runs <c>dotnet ARGS</c> (<c>new tool-manifest</c>, <c>tool install</c>, <c>tool run site</c>...) in <paramref name="workingDirectory"/> with <see cref="Environment"/>.</summary>
    public CliRun Dotnet(string workingDirectory, params string[] args) => Dotnet(workingDirectory, Timeout, isolated: true, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private CliRun Dotnet(string workingDirectory, TimeSpan limit, bool isolated, params string[] args)
    {
        using var process = Process.Start(StartInfo("dotnet", workingDirectory, args, isolated))!;
        return CliRun.WaitFor(process, $"dotnet {string.Join(' ', args)}", limit);
    }

    private ProcessStartInfo StartInfo(string program, string workingDirectory, string[] args, bool isolated)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in isolated ? Environment : new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private string Folder(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
