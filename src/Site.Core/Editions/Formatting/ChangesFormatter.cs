namespace Site.Core.Editions.Formatting;

/// <summary>Writes what changed between editions in one of the <see cref="ChangesFormat"/>s.</summary>
public static class ChangesFormatter
{
    /// <summary>Writes <paramref name="changes"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Write(TextWriter writer, EditionChanges changes, ChangesFormat format)
    {
        switch (format)
        {
            case ChangesFormat.Json:
                ChangesJson.Write(writer, changes);
                break;
            case ChangesFormat.Markdown:
                ChangesMarkdown.Write(writer, changes);
                break;
            default:
                ChangesText.Write(writer, changes);
                break;
        }
    }

    /// <summary>"2 claims added, 1 removed, 3 changed on 4 pages", or that nothing changed.</summary>
    public static string Summary(EditionChanges changes) => changes.IsEmpty
        ? "No claim changed."
        : $"{Diagnostics.DiagnosticCounts.Describe(changes.Added.Count, "claim")} added, {changes.Removed.Count} removed, {changes.Changed.Count} changed on {Diagnostics.DiagnosticCounts.Describe(changes.Pages.Count, "page")}.";

    /// <summary>What happened to a page, in a few words: "moved from /old/", "new", "removed", or null for a page that is where it was.</summary>
    public static string? PageNote(PageChanges page) => page.Kind switch
    {
        PageChangeKind.Moved => $"moved from {page.PreviousUrl}",
        PageChangeKind.Added => "new page of claims",
        PageChangeKind.Removed => "no longer has claims",
        _ => null,
    };

    /// <summary>The lines that say what changed in a claim besides its text: citations, evidence, statuses, anchor.</summary>
    public static IReadOnlyList<string> Details(ClaimChange change)
    {
        var lines = new List<string>();
        if (change.CitationsAdded.Count > 0)
        {
            lines.Add("citations added: " + string.Join(", ", change.CitationsAdded));
        }

        if (change.CitationsRemoved.Count > 0)
        {
            lines.Add("citations removed: " + string.Join(", ", change.CitationsRemoved));
        }

        if (change.EvidenceChanged)
        {
            lines.Add($"evidence: {Levels(change.Before.Evidence)} → {Levels(change.After.Evidence)}");
        }

        foreach (var status in change.StatusChanges)
        {
            lines.Add($"{status.Key}: {status.Before ?? "no status"} → {status.After ?? "no status"}");
        }

        if (change.Before.Anchor != change.Anchor)
        {
            lines.Add($"anchor: {change.Before.Anchor} → {change.Anchor}");
        }

        return lines;
    }

    private static string Levels(IReadOnlyList<string> levels) => levels.Count == 0 ? "none" : string.Join(", ", levels);
}
