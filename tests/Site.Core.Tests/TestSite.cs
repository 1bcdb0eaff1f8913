using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Building;
using Site.Theme;

namespace Site.Core.Tests;

/// <summary>
/// A tiny site written as files into a fresh temporary folder and built through the real pipeline
/// and theme, in the manner of Hugo's <c>hugolib.Test(t, files)</c>. The folder is the working
/// directory, so diagnostics name files as <c>input/...</c>.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private BuildResult? _result;

    private TestSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(InputDirectory);
    }

    /// <summary>The temporary folder: the working directory of every build.</summary>
    public string Root { get; }

    /// <summary>Root/input.</summary>
    public string InputDirectory => Path.Combine(Root, "input");

    /// <summary>Root/output, where <see cref="Build(bool, bool)"/> writes.</summary>
    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>
    /// The build date of every test build, so that the fixtures' review dates do not fall overdue as
    /// the calendar moves on; tests of overdue reviews set their dates against it.
    /// </summary>
    public static DateOnly Today { get; } = new(2025, 6, 1);

    /// <summary>A home page (index.md) that links each of <paramref name="ids"/>, so that no page of a test site is unlinked.</summary>
    public static string HomeLinking(params string[] ids) =>
        "---\ntitle: Home\n---\n\nSee " + string.Join(", ", ids.Select(id => $"[[{id}]]")) + ".\n";

    /// <summary>The result of the last build.</summary>
    public BuildResult Result => _result ?? throw new InvalidOperationException("the site has not been built yet");

    /// <summary>Writes <paramref name="files"/> (paths relative to input/) and builds them.</summary>
    public static TestSite Build(IReadOnlyDictionary<string, string> files, bool output = false, bool warningsAsErrors = false)
    {
        var site = Write(files);
        site.Build(output, warningsAsErrors);
        return site;
    }

    /// <summary>Writes <paramref name="files"/> (paths relative to input/) without building.</summary>
    public static TestSite Write(IReadOnlyDictionary<string, string> files) => WriteIn(Path.GetTempPath(), files);

    /// <summary>Writes <paramref name="files"/> one after the other, in the order given, into a fresh folder under <paramref name="parent"/>, without building.</summary>
    public static TestSite WriteIn(string parent, IEnumerable<KeyValuePair<string, string>> files)
    {
        var site = new TestSite(NewRoot(parent));
        foreach (var (path, text) in files)
        {
            site.WriteBytes(path, Encoding.UTF8.GetBytes(text));
        }

        return site;
    }

    /// <summary>A copy of a fixture site's input folder, e.g. "valid/basic", without building.</summary>
    public static TestSite FromFixture(string fixture)
    {
        var site = new TestSite(NewRoot(Path.GetTempPath()));
        var source = Path.Combine(FixtureSites.PathOf(fixture), "input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }

        return site;
    }

    /// <summary>Writes a file under input/ byte for byte, replacing any file there.</summary>
    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(InputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Writes a text file under input/ as UTF-8 without a byte order mark.</summary>
    public TestSite WriteText(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Builds into Root/output, or checks only.</summary>
    public BuildResult Build(bool output = false, bool warningsAsErrors = false) =>
        BuildInto(output ? "output" : null, warningsAsErrors);

    /// <summary>
    /// Builds on a worker thread and throws a <see cref="TimeoutException"/> when the build takes longer than
    /// <paramref name="limit"/>: a hang fails its test instead of stalling the whole run.
    /// </summary>
    public Task<BuildResult> BuildWithin(TimeSpan limit, bool output = false) =>
        Task.Run(() => Build(output)).WaitAsync(limit);

    /// <summary>Builds into a folder given relative to <see cref="Root"/>, or checks only when it is null.</summary>
    /// <param name="outputFolder">The output folder, relative to <see cref="Root"/>.</param>
    /// <param name="warningsAsErrors">Fail on warnings too.</param>
    /// <param name="previous">The previous edition (relative to <see cref="Root"/>) for /changes/ and its feed, or null.</param>
    public BuildResult BuildInto(string? outputFolder, bool warningsAsErrors = false, string? previous = null)
    {
        _result = new SiteBuilder(new LiquidTheme()).Build(new BuildOptions("input", outputFolder, Root, warningsAsErrors, Today: Today, PreviousEdition: previous));
        return _result;
    }

    /// <summary>The output page at a site URL ("/substances/ketamine/"), parsed.</summary>
    public IDocument Page(string url, string outputFolder = "output") =>
        new HtmlParser().ParseDocument(File.ReadAllText(FileOf(url, outputFolder)));

    /// <summary>The file a site URL is served from: "/a/" is a/index.html, "/404.html" is itself.</summary>
    public string FileOf(string url, string outputFolder = "output")
    {
        var path = url.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        return Path.Combine(Root, outputFolder, Uri.UnescapeDataString(path).Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>Every file under a folder of <see cref="Root"/>, as sorted '/' paths relative to it.</summary>
    public IReadOnlyList<string> FilesIn(string folder = "output")
    {
        var full = Path.Combine(Root, folder);
        return [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Every file under a folder of <see cref="Root"/> with its bytes, by relative path.</summary>
    public IReadOnlyDictionary<string, byte[]> Snapshot(string folder = "output") =>
        FilesIn(folder).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(Root, folder, f)), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temp directory does not affect other tests: each has its own.
        }
    }

    private static string NewRoot(string parent) =>
        Path.Combine(parent, "site-core-tests", Guid.NewGuid().ToString("N"));
}
