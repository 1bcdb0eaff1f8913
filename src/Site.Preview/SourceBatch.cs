namespace Site.Preview;

/// <summary>The changes a <see cref="SourceWatcher"/> saw close together, for one rebuild.</summary>
/// <param name="Paths">Changed paths relative to input/, with '/' separators; empty when the watcher only knows something changed.</param>
/// <param name="Theme">Theme assets changed: every page must be rendered again.</param>
/// <param name="InputReturned">
/// The input folder appeared again after it was deleted or moved away (or was replaced in one go): it may hold
/// anything now, so nothing built from the old one is to be trusted.
/// </param>
internal sealed record SourceBatch(IReadOnlySet<string> Paths, bool Theme, bool InputReturned)
{
    /// <summary>
    /// Every change of the input is among <see cref="Paths"/>: no event was lost (the watcher's buffer did not overflow)
    /// and none came without a path.
    /// </summary>
    public bool Complete { get; init; }
}
