namespace Site.Core.Rendering.Models;

/// <summary>A citation key as /changes/ names it: linked to its reference's page when this edition has one.</summary>
/// <param name="Key">The citation key.</param>
/// <param name="Page">The reference's page in this edition, or null when it has none (then the key is shown as code).</param>
public sealed record CitedKey(string Key, PageLink? Page);
