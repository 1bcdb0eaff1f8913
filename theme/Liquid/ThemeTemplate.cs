using System.Text.Encodings.Web;
using Fluid;

namespace Site.Theme.Liquid;

/// <summary>
/// One parsed template of the theme, under its path: a failure inside it is a <see cref="TemplateFailure"/> naming it, the
/// innermost template's name kept as the failure passes out through the templates that rendered it.
/// </summary>
internal sealed class ThemeTemplate : IFluidTemplate
{
    private readonly Lazy<IFluidTemplate> _template;

    /// <summary>A template parsed already.</summary>
    public ThemeTemplate(string path, IFluidTemplate template, bool own)
        : this(path, new Lazy<IFluidTemplate>(template), own)
    {
    }

    /// <summary>A template parsed by <paramref name="parse"/> when it is first rendered, once, whichever thread asks first.</summary>
    public ThemeTemplate(string path, Func<IFluidTemplate> parse, bool own)
        : this(path, new Lazy<IFluidTemplate>(parse, LazyThreadSafetyMode.ExecutionAndPublication), own)
    {
    }

    private ThemeTemplate(string path, Lazy<IFluidTemplate> template, bool own)
    {
        Path = path;
        Own = own;
        _template = template;
    }

    /// <summary>The template's path in the theme ("templates/pages/SubstancePage.liquid").</summary>
    public string Path { get; }

    /// <summary>True for a file of the site's own theme folder, false for the default theme's.</summary>
    public bool Own { get; }

    /// <summary>Whether the template is parsed: at once, or since it was first rendered.</summary>
    public bool IsParsed => _template.IsValueCreated;

    /// <summary>Parses the template now, if it is parsed when first rendered and was not yet.</summary>
    public void Parse() => _ = _template.Value;

    /// <inheritdoc />
    public ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        try
        {
            var rendering = _template.Value.RenderAsync(writer, encoder, context);
            return rendering.IsCompletedSuccessfully ? rendering : Awaited(rendering);
        }
        catch (Exception e)
        {
            throw Failure(e);
        }
    }

    private async ValueTask Awaited(ValueTask rendering)
    {
        try
        {
            await rendering;
        }
        catch (Exception e)
        {
            throw Failure(e);
        }
    }

    private TemplateFailure Failure(Exception e)
    {
        var failure = e as TemplateFailure ?? new TemplateFailure(Path, e);
        if (Own)
        {
            failure.OwnPath ??= Path;
        }

        return failure;
    }
}
