using System.Diagnostics;
using Site.Theme;

namespace Site.Core.Tests.Theme;

/// <summary>A theme read from a folder of the repository (as preview does) is as untrusted as the content.</summary>
public sealed class ThemeSourceFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-core-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_read_only_regular_files_inside_the_theme_folder()
    {
        // Given theme assets beside a link to a secret outside the folder, a linked folder outside, a link inside,
        // and a named pipe
        var assets = Path.Combine(_root, "theme", "assets");
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "site.css"), "body{}");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(assets, "stolen.css"), Path.Combine(_root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(assets, "outside"), _root);
        File.CreateSymbolicLink(Path.Combine(assets, "copy.css"), "site.css");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(assets, "pipe.js")))
        {
            mkfifo.WaitForExit();
        }

        // When its assets are read, within a time limit (a pipe opened would wait for ever)
        var read = await Task.Run(() => LiquidTheme.FromDirectory(Path.Combine(_root, "theme")).Assets).WaitAsync(TimeSpan.FromSeconds(15));

        // Then only the file and the link to it inside the folder are assets
        read.Select(a => a.Path).ShouldBe(["copy.css", "site.css"]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Each test has its own folder.
        }
    }
}
