namespace Site.Cli.Tests;

/// <summary>A throwaway working directory with an input/ site written from a dictionary of files.</summary>
public sealed class SiteFolder : IDisposable
{
    public SiteFolder(IReadOnlyDictionary<string, string>? files = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "site-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "input"));
        foreach (var (path, text) in files ?? Minimal)
        {
            Write(path, text);
        }
    }

    /// <summary>A small valid site: config, home page, one substance, one mechanism (their prose editorial, so no claim needs a reference).</summary>
    public static IReadOnlyDictionary<string, string> Minimal { get; } = new Dictionary<string, string>
    {
        ["input/site.yml"] = "title: Test site\n",
        ["input/index.md"] = "---\ntitle: Home\n---\n\nWelcome. See [[ketamine]].\n",
        ["input/substances/ketamine.md"] = "---\ntitle: Ketamine\nmechanisms: [nmda-receptor-antagonism]\nsummary: An anaesthetic.\n---\n\n## Dosing\n\n::: editorial\nText.\n:::\n",
        ["input/mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n\n::: editorial\nSee [[ketamine#dosing]].\n:::\n",
    };

    public string Root { get; }

    /// <summary>Rewrites the minimal site's home page to link these pages too, so that none of them is unlinked.</summary>
    public void LinkFromHome(params string[] ids) =>
        Write("input/index.md", "---\ntitle: Home\n---\n\nWelcome. See [[ketamine]], " + string.Join(", ", ids.Select(id => $"[[{id}]]")) + ".\n");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The names of the folders in the working directory, in ordinal order.</summary>
    public IReadOnlyList<string> Folders() => [.. Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Writes a file under the working directory byte for byte.</summary>
    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Every file under a folder as "path sha256" lines, in ordinal order: equal snapshots mean equal bytes.</summary>
    public IReadOnlyList<string> Snapshot(string relativeFolder)
    {
        var folder = PathOf(relativeFolder);
        return
        [
            .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => $"{Path.GetRelativePath(folder, file).Replace('\\', '/')} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))}")
                .Order(StringComparer.Ordinal),
        ];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
