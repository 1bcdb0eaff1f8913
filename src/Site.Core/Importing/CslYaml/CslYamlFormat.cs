using Site.Core.Importing.Csl;
using Site.Core.Text;

namespace Site.Core.Importing.CslYaml;

/// <summary>
/// CSL-YAML (<c>.yaml</c>, <c>.yml</c>): CSL items written in YAML, under <c>references:</c> as pandoc reads and writes
/// them, or as a list of items; read as CSL-JSON is.
/// </summary>
public sealed class CslYamlFormat : IBibliographyFormat
{
    /// <inheritdoc />
    public string Name => "csl-yaml";

    /// <inheritdoc />
    /// <remarks>
    /// A file whose first line that is no comment, directive or document marker is <c>references:</c>, or starts a list
    /// whose first item has an <c>id</c>, a <c>type</c> or a <c>title</c>; or, for a <c>.yaml</c> or <c>.yml</c> file, one
    /// with a line <c>references:</c> further down (a pandoc metadata block with a title first).
    /// </remarks>
    public bool Recognises(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        var inFirstItem = false;
        var inMetadata = false;
        foreach (var line in text.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] is '#' or '%' || trimmed is "---" or "...")
            {
                continue;
            }

            if (inMetadata)
            {
                if (line.StartsWith("references:"))
                {
                    return true;
                }
            }
            else if (inFirstItem)
            {
                // The first item's other lines are indented under its '- '.
                if (!line.StartsWith(" "))
                {
                    return false;
                }

                if (IsItemKey(trimmed))
                {
                    return true;
                }
            }
            else if (line.StartsWith("references:"))
            {
                return true;
            }
            else if (line.StartsWith("- "))
            {
                if (IsItemKey(line[2..].Trim()))
                {
                    return true;
                }

                inFirstItem = true;
            }
            else if (extension is ".yaml" or ".yml")
            {
                inMetadata = true;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public ImportedFile Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return CslItemReader.ReadFile(source, CslYamlTree.Read);
    }

    private static bool IsItemKey(ReadOnlySpan<char> line) =>
        line.StartsWith("id:") || line.StartsWith("type:") || line.StartsWith("title:");
}
