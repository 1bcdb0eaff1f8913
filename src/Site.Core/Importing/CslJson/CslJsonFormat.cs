using Site.Core.Importing.Csl;
using Site.Core.Text;

namespace Site.Core.Importing.CslJson;

/// <summary>
/// CSL-JSON (<c>.json</c>): an array of CSL items, or one item, as Zotero, citation-js, pandoc and the DOI resolver
/// (content negotiation) write it.
/// </summary>
public sealed class CslJsonFormat : IBibliographyFormat
{
    /// <inheritdoc />
    public string Name => "csl-json";

    /// <inheritdoc />
    /// <remarks>A file whose first character that is no white space and in no comment is '[' or '{'.</remarks>
    public bool Recognises(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan().TrimStart('\uFEFF').TrimStart();
        while (rest.StartsWith("//") || rest.StartsWith("/*"))
        {
            var end = rest.StartsWith("//") ? rest.IndexOfAny('\n', '\r') : rest.IndexOf("*/");
            rest = end < 0 ? [] : rest[(end + (rest.StartsWith("//") ? 1 : 2))..].TrimStart();
        }

        return !rest.IsEmpty && rest[0] is '[' or '{';
    }

    /// <inheritdoc />
    public ImportedFile Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return CslItemReader.ReadFile(source, CslJsonTree.Read);
    }
}
