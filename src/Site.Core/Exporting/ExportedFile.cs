namespace Site.Core.Exporting;

/// <summary>
/// A generated file that is not a page: a bibliography export, the claims, the crawlers' files. A large
/// one is made when first read, so that preview, which rebuilds on every edit, makes it only when asked for it;
/// and a build writes it straight into its file (<see cref="WriteTo"/>) without ever holding it whole.
/// </summary>
public sealed class ExportedFile
{
    private readonly Lazy<byte[]> _content;
    private readonly Action<Stream>? _write;

    /// <summary>A file whose bytes are known.</summary>
    public ExportedFile(string url, string contentType, byte[] content)
        : this(url, contentType, new Lazy<byte[]>(content), null)
    {
    }

    /// <summary>A file made when first read or written, by <paramref name="write"/>, which writes its bytes into a stream.</summary>
    public ExportedFile(string url, string contentType, Action<Stream> write)
        : this(url, contentType, new Lazy<byte[]>(() => BytesOf(write)), write)
    {
    }

    private ExportedFile(string url, string contentType, Lazy<byte[]> content, Action<Stream>? write)
    {
        Url = url;
        ContentType = contentType;
        _content = content;
        _write = write;
    }

    /// <summary>Its site URL ("/references.json").</summary>
    public string Url { get; }

    /// <summary>The media type a server sends it with.</summary>
    public string ContentType { get; }

    /// <summary>The bytes, UTF-8 for text; made on first read, and kept.</summary>
    public byte[] Content => _content.Value;

    /// <summary>Writes the bytes into <paramref name="stream"/>: those already made, or else made straight into it and not kept.</summary>
    public void WriteTo(Stream stream)
    {
        if (_write is null || _content.IsValueCreated)
        {
            stream.Write(Content);
            return;
        }

        _write(stream);
    }

    /// <summary>The bytes <paramref name="write"/> writes.</summary>
    internal static byte[] BytesOf(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
