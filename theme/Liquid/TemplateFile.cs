using Microsoft.Extensions.FileProviders;

namespace Site.Theme.Liquid;

/// <summary>
/// A template as the renderer's file provider offers it to <c>render</c>: Fluid asks for it to find the parsed template in
/// the cache, which holds every template of the theme; the text is never read again.
/// </summary>
internal sealed class TemplateFile(string name) : IFileInfo
{
    // Every template is in the cache from the moment the theme is made: one date for all, which the cache ignores.
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UnixEpoch;

    /// <inheritdoc />
    public bool Exists => true;

    /// <inheritdoc />
    public long Length => 0;

    /// <inheritdoc />
    public string? PhysicalPath => null;

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public DateTimeOffset LastModified => Loaded;

    /// <inheritdoc />
    public bool IsDirectory => false;

    /// <inheritdoc />
    public Stream CreateReadStream() => Stream.Null;
}
