namespace Site.Core.Exporting;

/// <summary>
/// A generated file that is not a page: a bibliography export, the claims, the crawlers' files. A large
/// one is made when first read, so that preview, which rebuilds on every edit, makes it only when asked for it.
/// </summary>
public sealed class ExportedFile
{
    private readonly Lazy<byte[]> _content;

    /// <summary>A file whose bytes are known.</summary>
    public ExportedFile(string url, string contentType, byte[] content)
        : this(url, contentType, new Lazy<byte[]>(content))
    {
    }

    /// <summary>A file made when first read, once, by <paramref name="make"/>.</summary>
    public ExportedFile(string url, string contentType, Func<byte[]> make)
        : this(url, contentType, new Lazy<byte[]>(make))
    {
    }

    private ExportedFile(string url, string contentType, Lazy<byte[]> content)
    {
        Url = url;
        ContentType = contentType;
        _content = content;
    }

    /// <summary>Its site URL ("/references.json").</summary>
    public string Url { get; }

    /// <summary>The media type a server sends it with.</summary>
    public string ContentType { get; }

    /// <summary>The bytes, UTF-8 for text; made on first read.</summary>
    public byte[] Content => _content.Value;
}
