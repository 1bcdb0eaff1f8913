namespace Site.Core.PostProcessing;

/// <summary>
/// Where a finished page goes as soon as it is post-processed, on the worker that rendered it, when its bytes are not
/// to be kept in memory: a build writes it into the folder it will swap in, a check drops it. Thread-safe: pages are
/// finished in parallel.
/// </summary>
public interface IPageOutput
{
    /// <summary>Takes the page at <paramref name="url"/>, its final HTML as UTF-8, lent for the call only: it is not kept.</summary>
    void Write(string url, ReadOnlySpan<byte> content);
}
