namespace Site.Core.Content;

/// <summary>A value read from a source file, with the character offset and length it came from.</summary>
public readonly record struct Sourced<T>(T Value, int Offset, int Length);
