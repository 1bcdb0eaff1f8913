using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Site.Core.Diagnostics;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;

namespace Site.Theme.Liquid;

/// <summary>
/// Renders page models with the theme's Liquid templates (Fluid): the page's <c>pages/&lt;Template&gt;.liquid</c> into
/// <c>layout.liquid</c>. One instance per worker thread.
/// </summary>
internal sealed class LiquidPageRenderer : IPageRenderer
{
    /// <summary>Statements one page may run: far more than any page of a real site, few enough to stop a loop in a second.</summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>How deeply partials may render partials.</summary>
    public const int MaxRecursion = 32;

    /// <summary>
    /// How the theme encodes text: the characters HTML gives meaning to, and no letter of any language, so that "Zurückgezogen"
    /// stays as it is written (the pages are UTF-8) instead of "Zur&amp;#xFC;ckgezogen".
    /// </summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // What a template can read of .NET: the public properties of the page models and of what they hold, nothing else.
    private static readonly LazyMemberAccessStrategy Members = new(AllowedMembers) { MemberNameStrategy = MemberNameStrategies.SnakeCase };

    private readonly LiquidTemplates _templates;
    private readonly TemplateFiles _files;
    private readonly TemplateOptions _options;
    // The page template's HTML, then the whole page's: reused from page to page, as is the page handed out (the page's
    // builder itself, or a copy of it when it is in more than one chunk).
    private readonly StringBuilder _content = new(64 * 1024);
    private readonly StringBuilder _page = new(64 * 1024);
    private readonly BoundedWriter _contentWriter;
    private readonly BoundedWriter _pageWriter;
    private char[] _html = new char[64 * 1024];

    /// <summary>Creates a renderer of <paramref name="templates"/>.</summary>
    public LiquidPageRenderer(LiquidTemplates templates)
    {
        _templates = templates;
        _files = new TemplateFiles(templates);
        _options = new TemplateOptions
        {
            FileProvider = _files,
            TemplateCache = new TemplateCache(templates),
            MemberAccessStrategy = Members,
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            CultureInfo = CultureInfo.InvariantCulture,
            // Liquid's 'now' is the same for every build: output is reproducible.
            Now = static () => DateTimeOffset.UnixEpoch,
            TimeZone = TimeZoneInfo.Utc,
        };
        _options.ValueConverters.Add(LiquidFilters.Convert);
        LiquidFilters.AddTo(_options);
        // A value doubled in a loop grows past any memory in thirty steps.
        _options.Assigned = static (_, value, _) => Bounded(value);
        _options.Captured = static (_, value, _) => Bounded(value);
        _contentWriter = new BoundedWriter(_content);
        _pageWriter = new BoundedWriter(_page);
    }

    /// <inheritdoc />
    public string Render(PageModel page) => Render(page, null);

    /// <inheritdoc />
    public string Render(PageModel page, ISet<string>? templates)
    {
        RenderPage(page, templates);
        return _page.ToString();
    }

    /// <inheritdoc />
    public ReadOnlyMemory<char> RenderBuffered(PageModel page, ISet<string>? templates)
    {
        RenderPage(page, templates);
        // A page held in one chunk of the builder is handed out as it is, without a copy: most are, since a builder
        // cleared after a longer page keeps one chunk of about that page's length.
        var (chunks, only) = (0, ReadOnlyMemory<char>.Empty);
        foreach (var chunk in _page.GetChunks())
        {
            (chunks, only) = (chunks + 1, chunk);
            if (chunks > 1)
            {
                break;
            }
        }

        if (chunks <= 1)
        {
            return only;
        }

        if (_html.Length < _page.Length)
        {
            _html = new char[Math.Max(_page.Length, 2 * _html.Length)];
        }

        _page.CopyTo(0, _html, _page.Length);
        return _html.AsMemory(0, _page.Length);
    }

    // The page into _page.
    private void RenderPage(PageModel page, ISet<string>? templates)
    {
        var path = LiquidTemplates.PageTemplate(page.Template);
        // The default page shell and the hottest page templates are written by C# while the site overrides none of what they render.
        var template = _templates.Partial(path);
        var layout = _templates.Find(LiquidTemplates.Layout);
        if (template is null || layout is null)
        {
            throw new ArgumentException($"the theme has no template '{path}' or '{LiquidTemplates.Layout}' for {page.GetType().Name}", nameof(page));
        }

        templates?.Add(path);
        templates?.Add(LiquidTemplates.Layout);
        _files.Used = templates;
        var context = new TemplateContext(_options);
        context.SetValue("page", page);
        // The page links are made relative to, in partials too (render gives each a scope of its own).
        context.AmbientValues[LiquidFilters.Page] = page;
        if (templates is not null)
        {
            context.AmbientValues[LiquidFilters.Templates] = templates;
        }
        try
        {
            _content.Clear();
            Run(template, context, _contentWriter);
            // The default layout only prints it; a site's own may filter or compare it, and gets a string, as Liquid's are.
            context.SetValue("content", layout.Own ? new StringValue(_content.ToString(), encode: false) : new PageContent(_content));
            _page.Clear();
            Run(_templates.Partial(LiquidTemplates.Layout)!, context, _pageWriter);
        }
        catch (TemplateFailure failure)
        {
            throw Failed(failure, page);
        }
        finally
        {
            _files.Used = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _contentWriter.Dispose();
        _pageWriter.Dispose();
    }

    private static void Run(IFluidTemplate template, TemplateContext context, BoundedWriter writer)
    {
        // Fluid renders synchronously unless a filter or tag awaits, and none of this theme's does.
        var rendering = template.RenderAsync(writer, Encoder, context);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    // A site's template failed: invalid-template at the site's innermost template on the way. The default theme's own
    // templates failing with no site template among them is a defect of the theme, not of the site.
    private Exception Failed(TemplateFailure failure, PageModel page)
    {
        if (failure.OwnPath is not { } own)
        {
            return new InvalidOperationException($"the default theme's {failure.Path} failed on {page.Url}: {failure.Message}", failure.InnerException);
        }

        var reason = failure.InnerException switch
        {
            FileNotFoundException missing => $"it renders '{missing.Message}', which is no template of the theme",
            InvalidOperationException when failure.Message.StartsWith("The maximum", StringComparison.Ordinal) =>
                string.Create(CultureInfo.InvariantCulture, $"it went past the theme's limits ({MaxSteps:N0} statements a page, partials {MaxRecursion} deep)"),
            LimitException limit => $"{limit.Message}: past the theme's limits",
            _ => failure.Message,
        };
        var where = failure.Path == own ? "" : $" (in {failure.Path})";
        var diagnostic = Diagnostic.ForFile(
            DiagnosticDescriptors.InvalidTemplate, _templates.DisplayPathOf(own), $"the template fails on {page.Url}{where}: {reason}",
            "a template may loop and nest only so far; fix it, or delete it to use the default theme's");
        return new ThemeRenderException(diagnostic);
    }

    private static ValueTask<FluidValue> Bounded(FluidValue value) =>
        value is StringValue && value.ToStringValue().Length > BoundedWriter.MaxLength
            ? throw new LimitException($"a value is longer than the theme's limit of {BoundedWriter.MaxLength:N0} characters")
            : new(value);

    private static MemberAccessStrategy AllowedMembers()
    {
        var members = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        foreach (var type in TemplateModels.Types)
        {
            members.Register(type);
        }

        return members;
    }
}
