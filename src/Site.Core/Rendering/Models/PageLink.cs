namespace Site.Core.Rendering.Models;

/// <summary>A link to a page in a list: its site URL, title and a one-line summary.</summary>
public sealed record PageLink(string Url, string Title, string? Summary = null);
