using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Site.Core.Tests.Importing.BibTex;

/// <summary>Runs pandoc to read a .bib file into CSL-JSON, the oracle our BibTeX reader is held to.</summary>
internal static class Pandoc
{
    /// <summary>How to install it where the tests run (scripts/test.sh does this).</summary>
    public const string Install = "sudo apt-get update && sudo apt-get install -y pandoc (scripts/test.sh installs it)";

    /// <summary>The pandoc on the PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "pandoc"))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Pandoc's CSL items for a file's bytes read as BibTeX or BibLaTeX, or null when pandoc cannot read the file
    /// (it stops at the first syntax error).
    /// </summary>
    public static JsonArray? Read(string pandoc, byte[] bytes, string dialect)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pandoc-{Guid.NewGuid():N}.bib");
        File.WriteAllBytes(path, bytes);
        try
        {
            var start = new ProcessStartInfo(pandoc, ["-f", dialect, "-t", "csljson", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start).ShouldNotBeNull();
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue("pandoc did not finish in two minutes");
            return process.ExitCode == 0 ? JsonNode.Parse(output.Result)?.AsArray() : null;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
