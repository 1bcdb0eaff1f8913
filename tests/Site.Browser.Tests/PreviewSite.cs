using Site.Preview;
using Site.Theme;

namespace Site.Browser.Tests;

/// <summary>A small site in a temporary folder (its prose editorial, so no claim needs a reference), served by the real preview server on 127.0.0.1.</summary>
public sealed class PreviewSite : IAsyncDisposable
{
    private PreviewSite(string root, PreviewServer server)
    {
        Root = root;
        Server = server;
    }

    public string Root { get; }

    public PreviewServer Server { get; }

    public StringWriter Log { get; } = new();

    public static async Task<PreviewSite> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "site-browser-tests", Guid.NewGuid().ToString("N"));
        Write(root, "input/site.yml", "title: Browser test\n");
        Write(root, "input/index.md", "---\ntitle: Home\n---\n\nWelcome. See [[ketamine]].\n");
        Write(root, "input/substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n::: editorial\nOriginal text.\n:::\n");
        Write(root, "input/mechanisms/nmda.md", "---\ntitle: NMDA antagonism\n---\n\n::: editorial\nSee [[ketamine]].\n:::\n");
        var server = await PreviewServer.StartAsync(new PreviewOptions(Path.Combine(root, "input"), root, Port: 0), new LiquidTheme(), TextWriter.Null);
        return new PreviewSite(root, server);
    }

    public Uri Url(string path) => new(Server.Address, path.TrimStart('/'));

    public void Write(string relative, string text) => Write(Root, relative, text);

    /// <summary>Waits until at least <paramref name="count"/> pages listen for reloads.</summary>
    public async Task WaitForListenersAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Server.ListenerCount < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"only {Server.ListenerCount} of {count} pages connected for reloads");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
