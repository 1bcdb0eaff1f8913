using System.Text.Encodings.Web;
using Fluid;

namespace Site.Theme.Liquid;

/// <summary>
/// A hot template of the default theme written by C# instead of interpreted (the render path's floor): it writes exactly what
/// its <c>.liquid</c> file renders, which stays the source of truth, and is used only while neither that file nor any
/// partial it renders is overridden by the site.
/// </summary>
/// <param name="path">The template it stands for ("templates/components/evidence_badge.liquid").</param>
/// <param name="includes">The templates that one renders, which this writer writes in place.</param>
/// <param name="write">Writes the fragment from the values the template is given.</param>
/// <param name="recordsIncludes">
/// Whether <paramref name="write"/> records each template it includes as it writes it (<see cref="TemplateOutput.Rendered"/>),
/// as Fluid records those a template renders on some pages only (a page shell's reference list); else all are recorded.
/// </param>
internal sealed class FragmentWriter(string path, IReadOnlyList<string> includes, Action<TextWriter, TextEncoder, TemplateContext> write, bool recordsIncludes = false)
    : IFluidTemplate
{
    /// <summary>The template it stands for.</summary>
    public string Path { get; } = path;

    /// <summary>Every template whose markup it writes: its own and those its template renders.</summary>
    public IEnumerable<string> Templates => includes.Prepend(Path);

    /// <inheritdoc />
    public ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        if (!recordsIncludes && includes.Count > 0 && context.AmbientValues.TryGetValue(LiquidFilters.Templates, out var used) && used is ISet<string> templates)
        {
            templates.UnionWith(includes);
        }

        write(writer, encoder, context);
        return default;
    }
}
