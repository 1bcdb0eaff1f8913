using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Site.Theme.Liquid;

/// <summary>
/// The theme's templates as one renderer's <c>render</c> tag finds them (by path under templates/, ".liquid" added by
/// Fluid), recording each one a page uses. Nothing is read from the disk here.
/// </summary>
internal sealed class TemplateFiles(LiquidTemplates templates) : IFileProvider
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>Where the templates the page being rendered uses are added, or null.</summary>
    public ISet<string>? Used { get; set; }

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath)
    {
        var path = LiquidTemplates.PathOf(subpath, _paths);
        if (!templates.Contains(path))
        {
            return new NotFoundFileInfo(subpath);
        }

        Used?.Add(path);
        return new TemplateFile(subpath);
    }

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
