namespace Site.Core.Content;

/// <summary>An author as CSL-JSON names one: family name and given names or initials.</summary>
public sealed record Author(string Family, string? Given);
