namespace Site.Core.Editions;

/// <summary>How a page's changes are told in a line, on /changes/ and in the feed.</summary>
public static class PageChangesText
{
    /// <summary>The id of a page's section on /changes/: "changes-substances-ketamine" for "/substances/ketamine/", "changes-home" for "/".</summary>
    public static string SectionId(string url) => "changes-" + (Text.Slug.From(url) is { Length: > 0 } slug ? slug : "home");

    /// <summary>"1 claim added, 2 changed, 1 removed": only the parts that are not zero.</summary>
    public static string Counts(PageChanges page)
    {
        var parts = new List<string>();
        void Add(int count, string what)
        {
            if (count > 0)
            {
                parts.Add(parts.Count == 0 ? $"{Diagnostics.DiagnosticCounts.Describe(count, "claim")} {what}" : $"{count} {what}");
            }
        }

        Add(page.Added.Count, "added");
        Add(page.Changed.Count, "changed");
        Add(page.Removed.Count, "removed");
        return parts.Count == 0 ? "no claim changed" : string.Join(", ", parts);
    }
}
