namespace Site.Core.Rendering.Dependencies;

/// <summary>A 128-bit digest of a value a page read: equal values have equal fingerprints; different ones, in practice, never do.</summary>
/// <param name="High">The first half.</param>
/// <param name="Low">The second half.</param>
public readonly record struct Fingerprint(ulong High, ulong Low);
