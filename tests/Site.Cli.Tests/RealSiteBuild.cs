namespace Site.Cli.Tests;

/// <summary>The repository's own input/, built once for a test class by <c>site build</c> into a scratch folder.</summary>
public sealed class RealSiteBuild : IDisposable
{
    private readonly SiteFolder _scratch = new(new Dictionary<string, string>());

    public RealSiteBuild()
    {
        var run = CliRun.InProcess(_scratch.Root, "build", "--input", Path.Combine(RepositoryRoot.Path, "input"), "--output", "site", "--warnings-as-errors");
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
