namespace Site.Core.Content;

/// <summary>The folder and URL conventions of each kind.</summary>
public static class DocumentKinds
{
    /// <summary>The kind of a file from its path relative to input/ ('/' separators).</summary>
    public static DocumentKind FromPath(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return DocumentKind.Page;
        }

        return relativePath[..slash] switch
        {
            "substances" => DocumentKind.Substance,
            "mechanisms" => DocumentKind.Mechanism,
            "references" => DocumentKind.Reference,
            _ => DocumentKind.Page,
        };
    }

    /// <summary>The folder under input/ that holds documents of a kind, or null for pages.</summary>
    public static string? Folder(DocumentKind kind) => kind switch
    {
        DocumentKind.Substance => "substances",
        DocumentKind.Mechanism => "mechanisms",
        DocumentKind.Reference => "references",
        _ => null,
    };

    /// <summary>The lower-case name used in messages and on the command line.</summary>
    public static string Name(DocumentKind kind) => kind.ToString().ToLowerInvariant();
}
