namespace Site.Core.Exporting;

/// <summary>
/// Generated files under one folder whose names are known only once they are made (the search index's shards): made
/// whole, once, when first asked for, so that preview, which compiles again after every edit, makes them only when a page
/// reads one, and then from the latest compilation.
/// </summary>
public sealed class ExportedFileSet
{
    private readonly Lazy<(IReadOnlyList<ExportedFile> Files, Dictionary<string, ExportedFile> ByUrl)> _files;

    /// <summary>A set made by <paramref name="write"/> when first read.</summary>
    /// <param name="url">The folder's site URL ("/search/").</param>
    /// <param name="contentType">The media type of each file.</param>
    /// <param name="write">Makes the files, each with its site URL under <paramref name="url"/>.</param>
    public ExportedFileSet(string url, string contentType, Func<IReadOnlyList<(string Url, byte[] Content)>> write)
    {
        Url = url;
        _files = new(() =>
        {
            IReadOnlyList<ExportedFile> files = [.. write().Select(f => new ExportedFile(f.Url, contentType, f.Content))];
            return (files, files.ToDictionary(f => f.Url, StringComparer.Ordinal));
        });
    }

    /// <summary>The folder's site URL ("/search/").</summary>
    public string Url { get; }

    /// <summary>Whether the files are made already.</summary>
    public bool IsMade => _files.IsValueCreated;

    /// <summary>The files, made on first read.</summary>
    public IReadOnlyList<ExportedFile> Files => _files.Value.Files;

    /// <summary>The file at a site URL under the folder, or null; makes the files on first call.</summary>
    public ExportedFile? Find(string url) =>
        url.StartsWith(Url, StringComparison.Ordinal) ? _files.Value.ByUrl.GetValueOrDefault(url) : null;
}
