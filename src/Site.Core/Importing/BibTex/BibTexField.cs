namespace Site.Core.Importing.BibTex;

/// <summary>One field of a BibTeX entry as written: its name in lower case, its value's TeX with the delimiters and
/// <c>#</c> concatenation resolved and <c>@string</c> macros expanded, and where the value starts.</summary>
/// <param name="Name">The field name, lower case (<c>title</c>, <c>journaltitle</c>).</param>
/// <param name="Value">The value's TeX, without its outer braces or quotes.</param>
/// <param name="Offset">Where the value starts in the file.</param>
/// <param name="Length">How long the value is as written, for the underline.</param>
internal sealed record BibTexField(string Name, string Value, int Offset, int Length);
