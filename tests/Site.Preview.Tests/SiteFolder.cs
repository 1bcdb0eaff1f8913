namespace Site.Preview.Tests;

/// <summary>
/// A throwaway working directory holding a small valid site in input/: config, home page, one
/// substance and one mechanism, whose prose is editorial (no claim needs a reference). Diagnostics
/// name its files as <c>input/...</c>.
/// </summary>
internal sealed class SiteFolder : IDisposable
{
    /// <summary>A comment no page ever shows: if a response carries it, site.yml itself leaked.</summary>
    public const string ConfigMarker = "# preview-tests: this line is only in site.yml";

    public const string Config = ConfigMarker + "\ntitle: Preview test site\n";

    public const string Home = "---\ntitle: Home\n---\n\nWelcome. See [[ketamine]].\n";

    public const string Ketamine = "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n## Dosing\n\n::: editorial\nKetamine is an anaesthetic.\n:::\n";

    public const string Nmda = "---\ntitle: NMDA receptor antagonism\n---\n\n::: editorial\nSee [[ketamine#dosing]].\n:::\n";

    public SiteFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "site-preview-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(InputDirectory);
        Write("site.yml", Config);
        Write("index.md", Home);
        Write("substances/ketamine.md", Ketamine);
        Write("mechanisms/nmda.md", Nmda);
    }

    /// <summary>The working directory of the preview.</summary>
    public string Root { get; }

    /// <summary>Root/input.</summary>
    public string InputDirectory => Path.Combine(Root, "input");

    /// <summary>The full path of a file under input/.</summary>
    public string PathOf(string relative) => Path.Combine(InputDirectory, relative);

    /// <summary>Writes a file under input/, creating its folder.</summary>
    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher or a reader may still hold a handle for a moment; the temp folder is cleaned eventually.
        }
    }
}
