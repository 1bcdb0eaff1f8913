namespace Site.Core.Editions;

/// <summary>A page whose claims are now at another URL.</summary>
/// <param name="Before">Its URL in the old edition.</param>
/// <param name="After">Its URL in the new edition.</param>
public sealed record PageMove(string Before, string After);
