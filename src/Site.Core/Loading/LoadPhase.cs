using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>
/// Phase 1: enumerates input/ in ordinal path order, reads each file, splits and types its front matter.
/// Files are read in parallel; the result keeps the ordinal order.
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
    /// <param name="diagnostics">Where problems go.</param>
    public LoadResult Run(string inputDirectory, string workingDirectory, DiagnosticBag diagnostics)
    {
        var files = Enumerate(inputDirectory);

        var config = SiteConfig.Default;
        var configPath = Path.Combine(inputDirectory, ConfigFileName);
        if (File.Exists(configPath) && SourceFileReader.Read(configPath, DisplayPath(workingDirectory, configPath), diagnostics) is { } configSource)
        {
            config = SiteConfigReader.Read(configSource, diagnostics);
        }

        var markdown = files.Where(f => IsDocument(f.Relative)).ToArray();
        var assets = files
            .Where(f => f.Relative.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            .Select(f => new AssetFile(f.Relative, f.Full))
            .ToArray();

        var documents = new SourceDocument?[markdown.Length];
        Parallel.For(0, markdown.Length, i =>
        {
            var (relative, full) = markdown[i];
            documents[i] = LoadDocument(relative, full, DisplayPath(workingDirectory, full), diagnostics);
        });

        return new LoadResult(config, [.. documents.OfType<SourceDocument>()], assets);
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
        return Directory.EnumerateFiles(inputDirectory, "*", options)
            .Select(full => (Relative: Path.GetRelativePath(inputDirectory, full).Replace('\\', '/'), Full: full))
            .Where(f => !f.Relative.Split('/').Any(segment => segment.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsDocument(string relativePath) =>
        relativePath.EndsWith(".md", StringComparison.Ordinal) &&
        !relativePath.StartsWith(AssetsFolder + "/", StringComparison.Ordinal);

    /// <summary>A path as diagnostics show it: relative to the working directory, '/' separators.</summary>
    public static string DisplayPath(string workingDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }
}
