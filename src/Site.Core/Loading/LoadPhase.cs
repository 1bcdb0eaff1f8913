using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Kinds;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>
/// Phase 1: enumerates input/ in ordinal path order, reads each file, splits and types its front matter.
/// Files are read in parallel; the result keeps the ordinal order. Given the previous result, only files
/// whose stamp changed (or that are named as changed) are read again.
/// </summary>
public sealed class LoadPhase
{
    /// <summary>
    /// The rules loading raises: the settings, each file and its front matter, the retraction data. Front matter
    /// is read by <see cref="FrontMatterReader"/>, files by <see cref="SourceFileReader"/> and <see cref="InputEntries"/>.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        DiagnosticDescriptors.InvalidFrontMatter, DiagnosticDescriptors.MissingField, DiagnosticDescriptors.UnknownField,
        DiagnosticDescriptors.InvalidIdentifier, DiagnosticDescriptors.InvalidEncoding, DiagnosticDescriptors.UnreadableFile,
        DiagnosticDescriptors.UnsafeLink, DiagnosticDescriptors.InvalidRetractions, DiagnosticDescriptors.InvalidTheme,
        DiagnosticDescriptors.UnsupportedLanguage,
    ];

    /// <summary>The site settings file, at the root of input/.</summary>
    public const string ConfigFileName = "site.yml";

    /// <summary>The folder under input/ copied as is.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>Loads the site.</summary>
    /// <param name="inputDirectory">The input folder (absolute).</param>
    /// <param name="workingDirectory">Paths in diagnostics are relative to this folder.</param>
    /// <param name="previous">The previous result, whose unchanged files are kept, or null.</param>
    /// <param name="forced">Paths (relative to input/) to read again whatever their stamp says.</param>
    /// <param name="retractions">The maintainer's retraction data (the command line's <c>--retractions</c>), which wins over site.yml's; or null.</param>
    /// <param name="theme">The maintainer's theme folder (the command line's <c>--theme</c>), which wins over site.yml's; or null.</param>
    /// <param name="namedOnly">
    /// <paramref name="forced"/> names every file changed since <paramref name="previous"/> (a watcher saw each change):
    /// when they are all documents loaded before and still files, only they are read, and input/ is not listed nor any
    /// other file's stamp taken; anything else (a new, deleted or renamed file, a folder, site.yml, an asset) lists it all.
    /// </param>
    public LoadResult Run(
        string inputDirectory, string workingDirectory, LoadResult? previous = null, IReadOnlySet<string>? forced = null, string? retractions = null, string? theme = null, bool namedOnly = false)
    {
        if (namedOnly && previous is not null && forced is { Count: > 0 } && Named(inputDirectory, workingDirectory, previous, forced, retractions) is { } named)
        {
            return named;
        }

        var entries = InputEntries.Of(inputDirectory, workingDirectory, IsRead);
        var files = entries.Files;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        bool IsStale(LoadedFile? cached, string relative, FileStamp stamp) =>
            cached is null || cached.Stamp != stamp || (forced?.Contains(relative) ?? false);

        // site.yml is read from where the listing found it: a link out of the input is refused there like any other.
        var configPath = files.FirstOrDefault(f => f.Relative == ConfigFileName).Full;
        var configFile = previous?.ConfigFile;
        var config = previous?.Config ?? SiteConfig.Default;
        if (configPath is null)
        {
            if (configFile is not null)
            {
                changed.Add(ConfigFileName);
            }

            configFile = null;
            config = SiteConfig.Default;
        }
        else if (FileStamp.Of(configPath) is var configStamp && IsStale(configFile, ConfigFileName, configStamp))
        {
            (configFile, config) = LoadConfig(configPath, configStamp, RelativePath.Of(workingDirectory, Path.Combine(inputDirectory, ConfigFileName)));
            changed.Add(ConfigFileName);
        }

        // The retraction data is read as data wherever it lies in the input: never as a page, never published.
        var (dataPath, dataProblem) = RetractionDataFile.Locate(config, inputDirectory, workingDirectory, retractions);
        // The theme folder's files are the theme's: a template or a stylesheet in it is never a page or an asset of the content.
        // site.yml's folder stays the theme's even when --theme wins over it.
        var (themePath, themeProblem) = ThemeFolder.Locate(config, inputDirectory, workingDirectory, theme);
        var ownTheme = theme is null ? themePath : ThemeFolder.Locate(config, inputDirectory, workingDirectory, null).RealPath;
        var themeInside = ownTheme is not null && FileSystemEntries.RealPath(inputDirectory) is { } root && FileSystemEntries.IsSameOrInside(ownTheme, root)
            ? RelativePath.Of(root, ownTheme) + "/"
            : null;
        bool IsData((string Relative, string Full) file) =>
            (dataPath is not null && file.Full == dataPath) || (themeInside is not null && file.Relative.StartsWith(themeInside, StringComparison.Ordinal));
        var markdown = files.Where(f => IsDocument(f.Relative) && !IsData(f)).ToArray();
        var assets = files
            .Where(f => f.Relative.StartsWith(AssetsFolder + "/", StringComparison.Ordinal) && !IsData(f))
            .Select(f => new AssetFile(f.Relative, f.Full))
            .ToArray();

        var cache = previous?.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var loaded = new LoadedFile[markdown.Length];
        Parallel.For(0, markdown.Length, i =>
        {
            var (relative, full) = markdown[i];
            var stamp = FileStamp.Of(full);
            var cached = cache?.GetValueOrDefault(relative);
            if (!IsStale(cached, relative, stamp))
            {
                loaded[i] = cached!;
                return;
            }

            var diagnostics = new DiagnosticBag();
            var document = LoadDocument(relative, full, RelativePath.Of(workingDirectory, Path.Combine(inputDirectory, relative)), diagnostics);
            loaded[i] = new LoadedFile(relative, stamp, document, diagnostics.ToSortedList());
        });

        if (cache is not null)
        {
            changed.UnionWith(loaded.Where(f => !ReferenceEquals(cache.GetValueOrDefault(f.RelativePath), f)).Select(f => f.RelativePath));
            changed.UnionWith(cache.Keys.Except(markdown.Select(m => m.Relative), StringComparer.Ordinal));
            if (!previous!.Assets.Select(a => a.RelativePath).SequenceEqual(assets.Select(a => a.RelativePath), StringComparer.Ordinal))
            {
                changed.Add(AssetsFolder + "/");
            }
        }

        var data = RetractionDataFile.Load(dataPath, dataProblem, [.. loaded.Select(f => f.Document).OfType<SourceDocument>()], workingDirectory, previous?.RetractionFile);
        if (previous is not null && (data.RealPath != previous.RetractionFile?.RealPath || data.Stamp != previous.RetractionFile?.Stamp))
        {
            // New retraction data can change what any page shows, as a new site.yml can.
            changed.Add(ConfigFileName);
        }

        return new LoadResult(config, configFile, loaded, assets, previous is null ? null : changed)
        {
            RetractionFile = data,
            ThemeFolder = themePath,
            EntryDiagnostics = [.. entries.Diagnostics, .. Misnamed(files, inputDirectory, workingDirectory), .. themeProblem is null ? [] : new[] { themeProblem }],
        };
    }

    // The previous result with the named documents read again; null when one of them is not a document loaded before
    // that is still a plain file.
    private static LoadResult? Named(string inputDirectory, string workingDirectory, LoadResult previous, IReadOnlySet<string> named, string? retractions)
    {
        var at = new Dictionary<string, int>(named.Count, StringComparer.Ordinal);
        for (var i = 0; i < previous.Files.Count && at.Count < named.Count; i++)
        {
            if (named.Contains(previous.Files[i].RelativePath))
            {
                at[previous.Files[i].RelativePath] = i;
            }
        }

        if (at.Count < named.Count)
        {
            return null;
        }

        var files = previous.Files.ToArray();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, i) in at)
        {
            var full = Path.Combine(inputDirectory, relative);
            var info = new FileInfo(full);
            if (!IsDocument(relative) || files[i].Document is null || !info.Exists || info.LinkTarget is not null)
            {
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var stamp = FileStamp.Of(full);
            var document = LoadDocument(relative, full, RelativePath.Of(workingDirectory, full), diagnostics);
            files[i] = new LoadedFile(relative, stamp, document, diagnostics.ToSortedList());
            changed.Add(relative);
        }

        var (dataPath, dataProblem) = RetractionDataFile.Locate(previous.Config, inputDirectory, workingDirectory, retractions);
        var data = RetractionDataFile.Load(dataPath, dataProblem, [.. files.Select(f => f.Document).OfType<SourceDocument>()], workingDirectory, previous.RetractionFile);
        if (data.RealPath != previous.RetractionFile?.RealPath || data.Stamp != previous.RetractionFile?.Stamp)
        {
            changed.Add(ConfigFileName);
        }

        return previous with { Files = files, Changed = changed, RetractionFile = data };
    }

    private static (LoadedFile File, SiteConfig Config) LoadConfig(string path, FileStamp stamp, string displayPath)
    {
        var diagnostics = new DiagnosticBag();
        var source = SourceFileReader.Read(path, displayPath, diagnostics);
        var config = source is null ? SiteConfig.Default : SiteConfigReader.Read(source, diagnostics);
        return (new LoadedFile(ConfigFileName, stamp, null, diagnostics.ToSortedList()), config);
    }

    /// <summary>Loads one markdown file; null only when it cannot be read at all.</summary>
    public static SourceDocument? LoadDocument(string relativePath, string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        if (SourceFileReader.Read(fullPath, displayPath, diagnostics) is not { } source)
        {
            return null;
        }

        var kind = DocumentKinds.FromPath(relativePath);
        var id = Linking.SitePaths.IdOf(relativePath);
        if (!Slug.IsKebab(id))
        {
            var suggestion = Slug.From(id);
            // Pinned: the id is the page's URL, and a name such as 'index.html' would give one the site cannot be written to.
            diagnostics.Add(Diagnostic.ForFile(
                DiagnosticDescriptors.InvalidIdentifier, displayPath,
                $"the file name '{id}.md' is not a valid id: ids are lower-case words joined by hyphens",
                suggestion.Length > 0 ? $"rename the file to '{suggestion}.md'" : "rename the file with letters a-z, digits and hyphens") with { Pinned = true });
        }

        var split = FrontMatterSplitter.Split(source.Text);
        FrontMatterFields fields;
        if (!split.HasFrontMatter)
        {
            fields = FrontMatterFields.Empty(source, diagnostics, isValid: true);
        }
        else if (!split.IsClosed)
        {
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.InvalidFrontMatter, source, 0, 3,
                "the front matter opened on line 1 is never closed",
                "add a line '---' after the last field"));
            fields = FrontMatterFields.Empty(source, diagnostics, isValid: false);
        }
        else
        {
            fields = FrontMatterFields.Parse(source, split.YamlOffset, split.YamlLength, kind.Fields, "front matter", diagnostics, kind.FieldsHint);
        }

        return new SourceDocument(id, relativePath, source, kind.Read(id, fields), split.IsClosed ? split.BodyOffset : 0);
    }

    // A page saved as 'x.MD' would be left out without a word: pages are the files ending in '.md', in lower case.
    private static IEnumerable<Diagnostic> Misnamed(IReadOnlyList<(string Relative, string Full)> files, string inputDirectory, string workingDirectory) =>
        files
            .Where(f => !IsDocument(f.Relative) && f.Relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !f.Relative.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            .Select(f => Diagnostic.ForFile(
                DiagnosticDescriptors.InvalidIdentifier, RelativePath.Of(workingDirectory, Path.Combine(inputDirectory, f.Relative)),
                $"'{Path.GetFileName(f.Relative)}' is not read: pages are files whose names end in '.md', in lower case",
                $"rename it to '{Path.GetFileNameWithoutExtension(f.Relative)}.md'"));

    // What the build reads: site.yml, the markdown files outside assets/, and the assets; a '.MD' file is listed
    // so that it can be reported rather than silently left out.
    private static bool IsRead(string relativePath) =>
        relativePath == ConfigFileName
        || relativePath.StartsWith(AssetsFolder + "/", StringComparison.Ordinal)
        || relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool IsDocument(string relativePath) =>
        relativePath.EndsWith(".md", StringComparison.Ordinal) &&
        !relativePath.StartsWith(AssetsFolder + "/", StringComparison.Ordinal);
}
