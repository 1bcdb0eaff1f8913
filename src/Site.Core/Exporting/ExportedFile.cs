namespace Site.Core.Exporting;

/// <summary>A generated file that is not a page: a bibliography export.</summary>
/// <param name="Url">Its site URL ("/references.json").</param>
/// <param name="ContentType">The media type a server sends it with.</param>
/// <param name="Content">The bytes, UTF-8 for text.</param>
public sealed record ExportedFile(string Url, string ContentType, byte[] Content);
