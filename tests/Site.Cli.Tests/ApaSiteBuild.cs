namespace Site.Cli.Tests;

/// <summary>
/// A copy of the repository's input/ set to <c>citationStyle: apa</c>, built once for a test class by
/// <c>site build --warnings-as-errors</c> into a scratch folder.
/// </summary>
public sealed class ApaSiteBuild : IDisposable
{
    private readonly SiteFolder _scratch = new(new Dictionary<string, string>());

    public ApaSiteBuild()
    {
        var source = Path.Combine(RepositoryRoot.Path, "input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = _scratch.PathOf(Path.Combine("input", Path.GetRelativePath(source, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.AppendAllText(_scratch.PathOf("input/site.yml"), "citationStyle: apa\n");
        var run = CliRun.InProcess(_scratch.Root, "build", "--input", "input", "--output", "site", "--warnings-as-errors");
        run.ExitCode.ShouldBe(0, run.All);
        Output = _scratch.PathOf("site");
    }

    /// <summary>The built site.</summary>
    public string Output { get; }

    /// <summary>A scratch folder beside the site, for a test's own files.</summary>
    public string Scratch(string name)
    {
        var folder = _scratch.PathOf(name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose() => _scratch.Dispose();
}
