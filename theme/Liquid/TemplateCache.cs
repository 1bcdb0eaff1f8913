using Fluid;

namespace Site.Theme.Liquid;

#pragma warning disable FLUID001 // Fluid's template cache is marked experimental; it is how render finds a parsed partial.

/// <summary>The theme's templates as Fluid's <c>render</c> looks them up: all there before the first page (the built-in theme's parsed when first rendered).</summary>
internal sealed class TemplateCache(LiquidTemplates templates) : ITemplateCache
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        template = templates.Partial(LiquidTemplates.PathOf(subpath, _paths))!;
        return template is not null;
    }

    /// <inheritdoc />
    /// <remarks>Never asked: every template is in the cache before a page renders.</remarks>
    public void SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template)
    {
    }
}
#pragma warning restore FLUID001
