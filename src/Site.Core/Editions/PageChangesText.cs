namespace Site.Core.Editions;

/// <summary>How a page's changes are told in a line, on /changes/ and in the feed.</summary>
public static class PageChangesText
{
    /// <summary>The id of a page's section on /changes/: "changes-substances-ketamine" for "/substances/ketamine/", "changes-home" for "/".</summary>
    public static string SectionId(string url) => "changes-" + (Text.Slug.From(url) is { Length: > 0 } slug ? slug : "home");

    /// <summary>"1 claim added, 2 changed, 1 removed", in the words of <paramref name="strings"/>: only the parts that are not zero.</summary>
    public static string Counts(PageChanges page, Languages.SiteStrings strings)
    {
        var parts = new List<string>();
        void Add(int count, string what)
        {
            if (count > 0)
            {
                parts.Add(parts.Count == 0
                    ? strings.Count(count, $"changes_claims_{what}")
                    : strings.Count(count, $"changes_{what}_count"));
            }
        }

        Add(page.Added.Count, "added");
        Add(page.Changed.Count, "changed");
        Add(page.Removed.Count, "removed");
        return parts.Count == 0 ? strings["changes_no_claim_changed"] : string.Join(", ", parts);
    }

    /// <summary>"1 claim added, 2 changed, 1 removed": only the parts that are not zero.</summary>
    public static string Counts(PageChanges page) => Counts(page, Languages.SiteStrings.English);
}
