using System.Text.Encodings.Web;
using Fluid;

namespace Site.Theme.Liquid;

/// <summary>
/// One parsed template of the theme, under its path: a failure inside it is a <see cref="TemplateFailure"/> naming it, the
/// innermost template's name kept as the failure passes out through the templates that rendered it.
/// </summary>
internal sealed class ThemeTemplate(string path, IFluidTemplate template, bool own) : IFluidTemplate
{
    /// <summary>The template's path in the theme ("templates/pages/SubstancePage.liquid").</summary>
    public string Path { get; } = path;

    /// <summary>True for a file of the site's own theme folder, false for the default theme's.</summary>
    public bool Own { get; } = own;

    /// <inheritdoc />
    public ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        try
        {
            var rendering = template.RenderAsync(writer, encoder, context);
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
