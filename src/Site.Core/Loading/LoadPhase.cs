using System.IO.Enumeration;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>
/// Phase 1: enumerates input/ in ordinal path order, reads each file, splits and types its front matter.
/// Files are read in parallel; the result keeps the ordinal order. Given the previous result, only files
/// whose stamp changed (or that are named as changed) are read again.
/// </summary>
public sealed class LoadPhase
{
    /// <summary>The site settings file, at the root of input/.</summary>
    public const string ConfigFileName = "site.yml";

    /// <summary>The folder under input/ copied as is.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>Loads the site.</summary>
    /// <param name="inputDirectory">The input folder (absolute).</param>
    /// <param name="workingDirectory">Paths in diagnostics are relative to this folder.</param>
    /// <param name="previous">The previous result, whose unchanged files are kept, or null.</param>
    /// <param name="forced">Paths (relative to input/) to read again whatever their stamp says.</param>
    public LoadResult Run(string inputDirectory, string workingDirectory, LoadResult? previous = null, IReadOnlySet<string>? forced = null)
    {
        var files = Enumerate(inputDirectory);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        bool IsStale(LoadedFile? cached, string relative, FileStamp stamp) =>
            cached is null || cached.Stamp != stamp || (forced?.Contains(relative) ?? false);

        var configPath = Path.Combine(inputDirectory, ConfigFileName);
        var configFile = previous?.ConfigFile;
        var config = previous?.Config ?? SiteConfig.Default;
        var configStamp = FileStamp.Of(configPath);
        if (!File.Exists(configPath))
        {
            if (configFile is not null)
            {
                changed.Add(ConfigFileName);
            }

            configFile = null;
            config = SiteConfig.Default;
        }
        else if (IsStale(configFile, ConfigFileName, configStamp))
        {
            (configFile, config) = LoadConfig(configPath, configStamp, RelativePath.Of(workingDirectory, configPath));
            changed.Add(ConfigFileName);
        }

        var markdown = files.Where(f => IsDocument(f.Relative)).ToArray();
        var assets = files
            .Where(f => f.Relative.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
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
            var document = LoadDocument(relative, full, RelativePath.Of(workingDirectory, full), diagnostics);
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

        return new LoadResult(config, configFile, loaded, assets, previous is null ? null : changed);
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
            diagnostics.Add(Diagnostic.ForFile(
                DiagnosticDescriptors.InvalidIdentifier, displayPath,
                $"the file name '{id}.md' is not a valid id: ids are lower-case words joined by hyphens",
                suggestion.Length > 0 ? $"rename the file to '{suggestion}.md'" : "rename the file with letters a-z, digits and hyphens"));
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
            fields = FrontMatterFields.Parse(source, split.YamlOffset, split.YamlLength, FrontMatterReader.KnownFields(kind), "front matter", diagnostics);
        }

        var frontMatter = FrontMatterReader.Read(kind, id, fields);
        return new SourceDocument(id, kind, relativePath, source, frontMatter, split.IsClosed ? split.BodyOffset : 0);
    }

    private static (string Relative, string Full)[] Enumerate(string inputDirectory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Hidden files and folders (.git, editor swap files) are not content.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = false,
        };
        // Linked folders are not entered: a link to a parent would loop, and content outside input/ is not the site's.
        var files = new FileSystemEnumerable<string>(inputDirectory, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return files
            .Select(full => (Relative: RelativePath.Of(inputDirectory, full), Full: full))
            .Where(f => !f.Relative.Split('/').Any(segment => segment.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsDocument(string relativePath) =>
        relativePath.EndsWith(".md", StringComparison.Ordinal) &&
        !relativePath.StartsWith(AssetsFolder + "/", StringComparison.Ordinal);
}
