using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// Fields an entry takes from the entries it names: from its <c>crossref</c> parent (a chapter from its book: the
/// book's <c>title</c> is the chapter's <c>booktitle</c>, as BibLaTeX has it) and from BibLaTeX <c>xdata</c> entries
/// (shared fields, copied as they are). A field the entry has itself is never replaced.
/// </summary>
internal static class BibTexInheritance
{
    // How deep a chain of parents is followed; a loop (a → b → a) ends here too.
    private const int MaxDepth = 8;

    private static readonly HashSet<string> NeverInherited =
    [
        "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
        "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
    ];

    /// <summary>The entries with what they inherit, in file order; <c>@xdata</c> entries, which are no works, left out.</summary>
    public static IReadOnlyList<BibTexEntry> Resolve(IReadOnlyList<BibTexEntry> entries, SourceText source, List<Diagnostic> diagnostics)
    {
        var byKey = new Dictionary<string, BibTexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            byKey.TryAdd(entry.Key, entry);
        }

        var resolved = new List<BibTexEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.Type == "xdata")
            {
                continue;
            }

            resolved.Add(entry.Fields.ContainsKey("crossref") || entry.Fields.ContainsKey("xdata")
                ? Inherit(entry, byKey, source, diagnostics, 0)
                : entry);
        }

        return resolved;
    }

    private static BibTexEntry Inherit(BibTexEntry entry, Dictionary<string, BibTexEntry> byKey, SourceText source, List<Diagnostic>? diagnostics, int depth)
    {
        if (depth >= MaxDepth)
        {
            return entry;
        }

        var fields = new Dictionary<string, BibTexField>(entry.Fields, StringComparer.Ordinal);
        foreach (var name in (string[])["xdata", "crossref"])
        {
            if (!entry.Fields.TryGetValue(name, out var reference))
            {
                continue;
            }

            foreach (var key in reference.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!byKey.TryGetValue(key, out var parent))
                {
                    diagnostics?.Add(Diagnostic.At(
                        DiagnosticDescriptors.InvalidBibliography, source, reference.Offset, reference.Length,
                        $"'{name}' of '{entry.Key}' names '{key}', which is no entry of this file",
                        $"add the entry '{key}' to the file, or remove the '{name}'"));
                    continue;
                }

                // The parent's own parents first; their problems are the parent's, reported where it is read.
                var inherited = Inherit(parent, byKey, source, null, depth + 1);
                foreach (var (parentName, field) in inherited.Fields)
                {
                    if (NeverInherited.Contains(parentName))
                    {
                        continue;
                    }

                    foreach (var target in name == "xdata" ? [parentName] : Targets(inherited.Type, entry.Type, parentName))
                    {
                        fields.TryAdd(target, field with { Name = target });
                    }
                }
            }
        }

        return entry with { Fields = fields };
    }

    // BibLaTeX's inheritance: a part of a book takes the book's title as its booktitle, an article the periodical's
    // title as its journaltitle; every other field is taken as it is.
    private static string[] Targets(string parentType, string childType, string field)
    {
        if (BibTexTypes.IsBook(parentType) && BibTexTypes.IsPartOfBook(childType))
        {
            return field switch
            {
                "title" => ["booktitle"],
                "subtitle" => ["booksubtitle"],
                "titleaddon" => ["booktitleaddon"],
                "shorttitle" or "sorttitle" or "indextitle" or "indexsorttitle" => [],
                "author" when parentType is "book" or "mvbook" => ["bookauthor", "author"],
                _ => [field],
            };
        }

        if (parentType == "periodical" && childType is "article" or "suppperiodical")
        {
            return field switch
            {
                "title" => ["journaltitle"],
                "subtitle" => ["journalsubtitle"],
                "shorttitle" or "sorttitle" or "indextitle" or "indexsorttitle" => [],
                _ => [field],
            };
        }

        return [field];
    }
}
