namespace Site.Core.Editions.Formatting;

/// <summary>What changed, for a terminal: a line a page, a line a claim, before and after indented under it.</summary>
public static class ChangesText
{
    /// <summary>Writes the changes, then a summary line.</summary>
    public static void Write(TextWriter writer, EditionChanges changes)
    {
        foreach (var page in changes.Pages)
        {
            writer.WriteLine(ChangesFormatter.PageNote(page) is { } note ? $"{page.Url} ({note})" : page.Url);
            foreach (var claim in page.Added)
            {
                writer.WriteLine($"  + {claim.Anchor}: {claim.Text}");
            }

            foreach (var change in page.Changed)
            {
                writer.WriteLine($"  ~ {change.Anchor}:");
                if (change.TextChanged)
                {
                    writer.WriteLine($"      before: {change.Before.Text}");
                    writer.WriteLine($"      after:  {change.After.Text}");
                }

                foreach (var line in ChangesFormatter.Details(change))
                {
                    writer.WriteLine($"      {line}");
                }
            }

            foreach (var claim in page.Removed)
            {
                writer.WriteLine($"  - {claim.Anchor}: {claim.Text}");
            }
        }

        writer.WriteLine(ChangesFormatter.Summary(changes));
    }
}
