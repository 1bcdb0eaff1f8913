namespace Site.Core.Rendering.Models;

/// <summary>A claim added to or removed from a page since the previous edition.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Url">The site URL of the claim where it is now, with its anchor; null for a removed claim.</param>
/// <param name="Cites">The works it cites.</param>
public sealed record ChangedClaim(string Text, string? Url, IReadOnlyList<CitedKey> Cites);
