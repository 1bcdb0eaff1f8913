namespace Site.Core.Importing.BibTex;

/// <summary>One entry of a BibTeX file as written (<c>@article{key, ...}</c>), before it is read as CSL.</summary>
/// <param name="Type">The entry type, lower case (<c>article</c>, <c>online</c>).</param>
/// <param name="Key">The citation key.</param>
/// <param name="Offset">Where the entry's '@' is.</param>
/// <param name="TypeLength">How long '@type' is, for the underline of a warning about the type.</param>
/// <param name="KeyOffset">Where the key is.</param>
/// <param name="Fields">The fields by name; when a name is written twice the first is kept, as BibTeX keeps it.</param>
internal sealed record BibTexEntry(string Type, string Key, int Offset, int TypeLength, int KeyOffset, IReadOnlyDictionary<string, BibTexField> Fields);
