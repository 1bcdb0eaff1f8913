namespace Site.Cli.Tests;

/// <summary>A site built once for a test class by <c>site build --warnings-as-errors</c> into a scratch folder.</summary>
public abstract class BuiltSite : IDisposable
{
    private readonly SiteFolder _scratch = new(new Dictionary<string, string>());

    /// <summary>Builds the content folder <paramref name="input"/> (made by <paramref name="prepare"/> in the scratch folder, when given).</summary>
    private protected BuiltSite(string input, Action<SiteFolder>? prepare = null)
    {
        prepare?.Invoke(_scratch);
        var run = CliRun.InProcess(_scratch.Root, "build", "--input", input, "--output", "site", "--warnings-as-errors");
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

    /// <inheritdoc />
    public void Dispose()
    {
        _scratch.Dispose();
        GC.SuppressFinalize(this);
    }
}
