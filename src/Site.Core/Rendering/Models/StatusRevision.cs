namespace Site.Core.Rendering.Models;

/// <summary>A work a changed claim cites whose retraction status is not what it was in the previous edition, as /changes/ shows it.</summary>
/// <param name="Key">The work's citation key.</param>
/// <param name="Before">Its status in the previous edition ("retracted", "expression-of-concern"), or null when it had none.</param>
/// <param name="After">Its status now, or null when it has none.</param>
public sealed record StatusRevision(string Key, string? Before, string? After);
