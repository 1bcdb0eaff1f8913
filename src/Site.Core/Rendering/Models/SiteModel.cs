namespace Site.Core.Rendering.Models;

/// <summary>What every page knows about the site.</summary>
public sealed record SiteModel(string Title, string? Description, string Language);
