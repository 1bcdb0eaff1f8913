using System.Reflection;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Rendering;
using Site.Theme.Liquid;

namespace Site.Theme;

/// <summary>
/// The default theme: Liquid templates (<c>templates/layout.liquid</c>, <c>templates/pages/&lt;Template&gt;.liquid</c>,
/// <c>templates/components/*.liquid</c>) rendered by Fluid, and the assets, all embedded in this assembly. A site's theme
/// folder overrides any of them by path. A template is sandboxed: it reads only the page models' properties, calls no .NET
/// method, and stops after <see cref="MaxSteps"/> statements or partials <see cref="MaxRecursion"/> deep.
/// </summary>
public sealed class LiquidTheme : ISiteTheme
{
    /// <summary>Statements one page's templates may run.</summary>
    public const int MaxSteps = LiquidPageRenderer.MaxSteps;

    /// <summary>How deeply partials may render partials.</summary>
    public const int MaxRecursion = LiquidPageRenderer.MaxRecursion;

    private static readonly Lazy<IReadOnlyList<ThemeAsset>> EmbeddedFiles = new(ReadEmbedded);

    private static readonly Lazy<IReadOnlyList<ThemeAsset>> EmbeddedAssets = new(() =>
    [
        .. EmbeddedFiles.Value.Where(f => f.Path.StartsWith(ThemeFolderFiles.AssetsFolder + "/", StringComparison.Ordinal))
            .Select(f => f with { Path = f.Path[(ThemeFolderFiles.AssetsFolder.Length + 1)..] }),
    ]);

    private static readonly Lazy<LiquidTemplates> EmbeddedTemplates = new(() => LiquidTemplates.Of(EmbeddedFiles.Value, whenUsed: true));

    private static int _prepared;

    private readonly string? _directory;
    private readonly LiquidTemplates? _templates;
    private readonly IReadOnlyList<ThemeAsset>? _assets;
    private (IReadOnlyList<ThemeAsset> Files, LiquidTemplates Templates)? _read;

    /// <summary>The theme built into the tool.</summary>
    /// <remarks>
    /// Its files are read and a first renderer made on a worker at once, while the content is read, parsed and linked:
    /// nothing needs them before the first page renders. Its templates are all written by C# as well, so none is parsed
    /// unless a site's own theme folder overrides one.
    /// </remarks>
    public LiquidTheme() => Prepare();

    private LiquidTheme(string directory) => _directory = directory;

    private LiquidTheme(LiquidTemplates templates, IReadOnlyList<ThemeAsset> assets)
    {
        _templates = templates;
        _assets = assets;
    }

    /// <summary>
    /// The theme read from its source folder (the one holding <c>templates/</c> and <c>assets/</c>) whenever it is used, so
    /// that edits to the theme's sources show in preview without rebuilding the tool.
    /// </summary>
    public static LiquidTheme FromDirectory(string themeDirectory) => new(themeDirectory);

    /// <inheritdoc />
    public IReadOnlyList<ThemeAsset> Assets => _assets ?? (_directory is null ? EmbeddedAssets.Value : ReadAssets(_directory));

    /// <inheritdoc />
    public IPageRenderer CreateRenderer() => new LiquidPageRenderer(Templates());

    /// <inheritdoc />
    /// <remarks>
    /// A file of the folder outside <c>templates/</c> and <c>assets/</c>, or under <c>templates/</c> but not a
    /// <c>.liquid</c> file, is not the theme's (a README, a licence) and is left alone, without a diagnostic.
    /// </remarks>
    public ThemeOverlay Overlay(ThemeFolderFiles folder)
    {
        var problems = new List<Diagnostic>();
        var templates = Templates().Overlay(folder, problems);
        const string assets = ThemeFolderFiles.AssetsFolder + "/";
        var own = folder.Files.Where(f => f.Path.StartsWith(assets, StringComparison.Ordinal)).Select(f => f with { Path = f.Path[assets.Length..] }).ToList();
        var ownPaths = own.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var merged = Assets.Where(a => !ownPaths.Contains(a.Path)).Concat(own).OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
        return new ThemeOverlay(new LiquidTheme(templates, merged), problems);
    }

    /// <summary>
    /// This theme with every template interpreted by Fluid, none of the hot ones written by C#: the same HTML, slower. The
    /// writers are tested against it, and the render benchmark measures both.
    /// </summary>
    public LiquidTheme Interpreted() => new(Templates().Interpreted(), Assets);

    /// <summary>The paths of the templates written by C# rather than interpreted, while the site overrides none of them.</summary>
    public IEnumerable<string> WrittenTemplates => Templates().Written;

    /// <summary>The paths of the theme's templates ("templates/layout.liquid"), in ordinal order.</summary>
    public IEnumerable<string> TemplatePaths => Templates().Paths;

    private LiquidTemplates Templates()
    {
        if (_templates is not null)
        {
            return _templates;
        }

        // A folder of assets alone (a theme under development that changes only its styles) keeps the built-in templates.
        if (_directory is null || !Directory.Exists(Path.Combine(_directory, ThemeFolderFiles.TemplatesFolder)))
        {
            return EmbeddedTemplates.Value;
        }

        // Parsed again only when a file changed: the compiler asks once per worker and compilation.
        var files = ThemeFolder.Read(Path.Combine(_directory, ThemeFolderFiles.TemplatesFolder), _directory).Files
            .Select(f => f with { Path = $"{ThemeFolderFiles.TemplatesFolder}/{f.Path}" }).ToList();
        lock (this)
        {
            if (_read is not { } read || !Same(read.Files, files))
            {
                _read = (files, LiquidTemplates.Of(files, builtIn: EmbeddedFiles.Value));
            }

            return _read.Value.Templates;
        }
    }

    private static bool Same(IReadOnlyList<ThemeAsset> a, IReadOnlyList<ThemeAsset> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Path == p.Second.Path && p.First.Content.AsSpan().SequenceEqual(p.Second.Content));

    // Read as a site's theme folder is: the same rules for untrusted files.
    private static IReadOnlyList<ThemeAsset> ReadAssets(string directory)
    {
        var folder = Path.Combine(directory, ThemeFolderFiles.AssetsFolder);
        return Directory.Exists(folder) ? ThemeFolder.Read(folder, folder).Files : [];
    }

    // Once per process, for every instance: the embedded files, a first renderer, whose making sets up Fluid's options,
    // and, were the layout every page renders not written by C#, Fluid's parser and the layout (which compiles most of the
    // parser's code). A failure (a default template that does not parse) is thrown again where the template is rendered.
    private static void Prepare()
    {
        if (Interlocked.Exchange(ref _prepared, 1) == 0)
        {
            _ = Task.Run(() =>
            {
                var templates = EmbeddedTemplates.Value;
                templates.Parse(LiquidTemplates.Layout);
                new LiquidPageRenderer(templates).Dispose();
            });
        }
    }

    private static List<ThemeAsset> ReadEmbedded()
    {
        var assembly = typeof(LiquidTheme).Assembly;
        return [.. assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).Select(n => new ThemeAsset(n, Read(assembly, n)))];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
