namespace Site.Core.Tests.Exporting;

/// <summary>One field of a BibTeX entry: its value without the outer braces, or a bare macro or number.</summary>
public sealed record BibTexField(string Name, string Value, bool IsBraced);
