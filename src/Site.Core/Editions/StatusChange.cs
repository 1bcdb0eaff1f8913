namespace Site.Core.Editions;

/// <summary>A cited work whose retraction status differs between editions, or that a claim cites in only one of them with a status.</summary>
/// <param name="Key">The citation key.</param>
/// <param name="Before">Its status in the old edition; null for none.</param>
/// <param name="After">Its status in the new edition; null for none.</param>
public sealed record StatusChange(string Key, string? Before, string? After);
