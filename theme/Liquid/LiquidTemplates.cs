using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Site.Core.Diagnostics;
using Site.Core.Rendering;
using Site.Core.Text;

namespace Site.Theme.Liquid;

/// <summary>A theme's templates, parsed, by path ("templates/layout.liquid"); the same for every renderer of the theme.</summary>
internal sealed partial class LiquidTemplates
{
    /// <summary>The page shell every page template is rendered into.</summary>
    public const string Layout = ThemeFolderFiles.TemplatesFolder + "/layout.liquid";

    private const string Extension = ".liquid";

    // Made when a template is first parsed (building it is most of a small site's start): a site that overrides no template
    // renders every page of the built-in theme through writers, and never needs one.
    private static readonly Lazy<FluidParser> Parser = new(() => new FluidParser(new FluidParserOptions { AllowFunctions = false }));

    private static readonly BoundedRanges Ranges = new();

    private readonly Dictionary<string, ThemeTemplate> _templates;

    private readonly ThemeFolderFiles? _folder;
    private readonly IReadOnlySet<string> _edited;
    private readonly Dictionary<string, FragmentWriter> _writers;

    private LiquidTemplates(Dictionary<string, ThemeTemplate> templates, IReadOnlySet<string> edited, ThemeFolderFiles? folder = null, bool writers = true)
    {
        _templates = templates;
        _edited = edited;
        _folder = folder;
        // A writer stands for the built-in templates only: once the site overrides one it writes, or the theme's source
        // folder holds another text of it, Fluid renders that.
        _writers = writers
            ? HotFragments.All.Where(w => w.Templates.All(t => _templates.TryGetValue(t, out var template) && !template.Own && !edited.Contains(t)))
                .ToDictionary(w => w.Path, StringComparer.Ordinal)
            : [];
    }

    /// <summary>These templates with every one interpreted by Fluid, none written by C#: what the writers are checked against.</summary>
    public LiquidTemplates Interpreted() => new(_templates, _edited, _folder, writers: false);

    /// <summary>The paths of the templates written by C# rather than interpreted.</summary>
    public IEnumerable<string> Written => _writers.Keys.Order(StringComparer.Ordinal);

    /// <summary>The paths of the templates, in ordinal order.</summary>
    public IEnumerable<string> Paths => _templates.Keys.Order(StringComparer.Ordinal);

    /// <summary>The paths of the templates parsed so far, in ordinal order.</summary>
    public IEnumerable<string> Parsed => _templates.Values.Where(t => t.IsParsed).Select(t => t.Path).Order(StringComparer.Ordinal);

    /// <summary>True when any template is the site's own.</summary>
    public bool HasOwn => _templates.Values.Any(t => t.Own);

    /// <summary>The path of a template as Fluid's <c>render</c> names it, relative to templates/.</summary>
    public static string PathOf(string subpath) => $"{ThemeFolderFiles.TemplatesFolder}/{subpath.TrimStart('/')}";

    /// <summary>
    /// <see cref="PathOf(string)"/>, remembered in <paramref name="known"/>, one renderer's own: a page asks for its partials by
    /// the same few names hundreds of times.
    /// </summary>
    public static string PathOf(string subpath, Dictionary<string, string> known)
    {
        if (!known.TryGetValue(subpath, out var path))
        {
            known[subpath] = path = PathOf(subpath);
        }

        return path;
    }

    /// <summary>The path of the template of the pages whose model's Template is <paramref name="template"/>.</summary>
    public static string PageTemplate(string template) => $"{ThemeFolderFiles.TemplatesFolder}/pages/{template}{Extension}";

    /// <summary>True for a file of a theme folder that is a template.</summary>
    public static bool IsTemplate(string path) =>
        path.StartsWith(ThemeFolderFiles.TemplatesFolder + "/", StringComparison.Ordinal) && path.EndsWith(Extension, StringComparison.Ordinal);

    /// <summary>
    /// The default theme's templates; one that does not parse is a defect of the theme, thrown: here, or where it is first
    /// rendered when <paramref name="whenUsed"/>.
    /// </summary>
    /// <param name="files">The theme's files; those under templates/ ending in .liquid are its templates.</param>
    /// <param name="builtIn">
    /// The templates built into the tool, when <paramref name="files"/> are a theme's source folder (preview of the theme
    /// itself): a template whose text is not the built-in one is rendered by Fluid, not by its writer, so that its edits show.
    /// </param>
    /// <param name="whenUsed">
    /// Parse each template when it is first rendered, for the theme built into the tool: a site uses some of its templates
    /// (no changes page without a previous edition; none that C# writes), input/ 24 of the 33. A theme's source folder
    /// (preview of the theme itself) parses all at once, so that an edit that breaks one fails at once.
    /// </param>
    public static LiquidTemplates Of(IEnumerable<ThemeAsset> files, IEnumerable<ThemeAsset>? builtIn = null, bool whenUsed = false)
    {
        var templates = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var original = builtIn?.Where(f => IsTemplate(f.Path)).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var edited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => IsTemplate(f.Path)))
        {
            var (path, text) = (file.Path, Text(file));
            templates[path] = whenUsed ? new ThemeTemplate(path, () => ParseDefault(path, text), own: false) : new ThemeTemplate(path, ParseDefault(path, text), own: false);
            if (original is not null && !(original.TryGetValue(path, out var content) && content.AsSpan().SequenceEqual(file.Content)))
            {
                edited.Add(path);
            }
        }

        return new LiquidTemplates(templates, edited);
    }

    /// <summary>Parses the template at <paramref name="path"/> now if it is parsed when first used and no writer stands for it.</summary>
    /// <returns>Whether it was parsed (or was already).</returns>
    public bool Parse(string path)
    {
        if (_writers.ContainsKey(path) || Find(path) is not { } template)
        {
            return false;
        }

        template.Parse();
        return true;
    }

    private static IFluidTemplate ParseDefault(string path, string text) =>
        Parser.Value.TryParse(text, out var template, out var error)
            ? Ranges.VisitTemplate(template)
            : throw new InvalidOperationException($"the default theme's {path} does not parse: {error}");

    /// <summary>How diagnostics name the template at <paramref name="path"/>: a file of the site's theme folder.</summary>
    public string DisplayPathOf(string path) => _folder?.DisplayPathOf(path) ?? path;

    /// <summary>Whether there is a template at <paramref name="path"/>.</summary>
    public bool Contains(string path) => _templates.ContainsKey(path);

    /// <summary>The template at <paramref name="path"/>, or null.</summary>
    public ThemeTemplate? Find(string path) => _templates.GetValueOrDefault(path);

    /// <summary>What renders the template at <paramref name="path"/> as a partial: its writer, or the parsed template; or null.</summary>
    public IFluidTemplate? Partial(string path) => _writers.TryGetValue(path, out var writer) ? writer : _templates.GetValueOrDefault(path);

    /// <summary>
    /// These templates with the folder's over them: a template of the same path wins, a new one is added. One that does not
    /// parse is invalid-template at its line and column, and this theme's own (if any) stays.
    /// </summary>
    public LiquidTemplates Overlay(ThemeFolderFiles folder, List<Diagnostic> problems)
    {
        var templates = new Dictionary<string, ThemeTemplate>(_templates, StringComparer.Ordinal);
        foreach (var file in folder.Files.Where(f => IsTemplate(f.Path)))
        {
            var text = Text(file);
            if (Parser.Value.TryParse(text, out var template, out var error))
            {
                templates[file.Path] = new ThemeTemplate(file.Path, Ranges.VisitTemplate(template), own: true);
                continue;
            }

            problems.Add(ParseProblem(folder.DisplayPathOf(file.Path), text, error, _templates.ContainsKey(file.Path)));
        }

        return new LiquidTemplates(templates, _edited, folder);
    }

    // Fluid ends its parse errors with the position, "(3:14)": the diagnostic points there, with the line's text for the caret.
    private static Diagnostic ParseProblem(string displayPath, string text, string error, bool replacesDefault)
    {
        var position = Position().Matches(error).LastOrDefault() ?? Match.Empty;
        var line = position.Success ? int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var column = position.Success ? int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var message = position.Success ? error[..position.Index].TrimEnd().TrimEnd("at".ToCharArray()).TrimEnd() : error;
        var lines = text.Split('\n');
        var source = line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
        return new Diagnostic(
            DiagnosticDescriptors.InvalidTemplate, DiagnosticDescriptors.InvalidTemplate.DefaultSeverity,
            new SourceLocation(displayPath, line, column), $"the template does not parse: {message}",
            replacesDefault ? "fix the Liquid syntax; the default theme's template is used meanwhile" : "fix the Liquid syntax; the template is not used meanwhile",
            source);
    }

    // The file's final line break is not output: editors add one, and a partial written inside a line of text
    // ("Last reviewed {% render 'components/reader_date' %}</p>") would otherwise break that line.
    private static string Text(ThemeAsset file)
    {
        var text = Encoding.UTF8.GetString(file.Content);
        text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
