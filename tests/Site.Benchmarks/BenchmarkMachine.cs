using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Site.Benchmarks;

/// <summary>What every benchmark command measures with and where: the <c>site</c> command under test, the scratch folder, the machine.</summary>
internal static class BenchmarkMachine
{
    /// <summary>
    /// The <c>site</c> command under test, as the shipped tool runs it: published ReadyToRun next to the benchmarks by their
    /// Release build (published/site.dll); in a Debug build, which does not publish, the IL build's.
    /// </summary>
    public static readonly string SiteDll = File.Exists(Path.Combine(AppContext.BaseDirectory, "published", "site.dll"))
        ? Path.Combine(AppContext.BaseDirectory, "published", "site.dll")
        : BuiltSiteDll;

    /// <summary>
    /// The <c>site</c> command as built, IL that the JIT compiles as it runs: built with the benchmarks (they reference
    /// Site.Cli) and copied next to them. What <c>dotnet run -c Release --project src/Site.Cli</c> runs.
    /// </summary>
    public static string BuiltSiteDll => Path.Combine(AppContext.BaseDirectory, "site.dll");

    /// <summary>This program, run as a child for the Markdig floor.</summary>
    public static readonly string BenchmarksDll = Path.Combine(AppContext.BaseDirectory, "Site.Benchmarks.dll");

    /// <summary>Where corpora and outputs go: a memory file system when the machine has one.</summary>
    public static readonly string Scratch = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    /// <summary>False, having said why on standard error, when the site command under test is missing; warns about a Debug build.</summary>
    public static bool Ready()
    {
        if (!File.Exists(SiteDll))
        {
            Console.Error.WriteLine($"{SiteDll} is missing: build tests/Site.Benchmarks, which builds Site.Cli alongside it");
            return false;
        }

        var configuration = typeof(BenchmarkMachine).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        if (configuration != "Release")
        {
            Console.Error.WriteLine($"warning: this is a {configuration} build; run with -c Release for numbers worth keeping");
        }

        return true;
    }

    /// <summary>"2026-12-02 on 2 cores, 23.5 GiB memory, .NET 10.0.0", for the line above a table.</summary>
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {TotalMemoryGiB():0.#} GiB memory, {RuntimeInformation.FrameworkDescription}");

    private static double TotalMemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null
            ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (double)(1L << 30)
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / (double)(1L << 20);
    }
}
