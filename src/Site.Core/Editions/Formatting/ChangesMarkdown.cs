using System.Text;

namespace Site.Core.Editions.Formatting;

/// <summary>What changed, as Markdown for a pull request or release notes: a heading a page, a list item a claim.</summary>
public static class ChangesMarkdown
{
    /// <summary>Writes the changes under a heading, the summary first.</summary>
    public static void Write(TextWriter writer, EditionChanges changes)
    {
        writer.WriteLine("# What changed");
        writer.WriteLine();
        writer.WriteLine(ChangesFormatter.Summary(changes));
        foreach (var page in changes.Pages)
        {
            writer.WriteLine();
            writer.WriteLine($"## `{page.Url}`");
            if (ChangesFormatter.PageNote(page) is { } note)
            {
                writer.WriteLine();
                writer.WriteLine($"_{Escape(note)}_");
            }

            writer.WriteLine();
            foreach (var claim in page.Added)
            {
                writer.WriteLine($"- **Added** `{claim.Anchor}`: {Escape(claim.Text)}");
            }

            foreach (var change in page.Changed)
            {
                writer.WriteLine($"- **Changed** `{change.Anchor}`{(change.TextChanged ? ":" : string.Empty)}");
                if (change.TextChanged)
                {
                    writer.WriteLine($"  - Before: {Escape(change.Before.Text)}");
                    writer.WriteLine($"  - After: {Escape(change.After.Text)}");
                }

                foreach (var line in ChangesFormatter.Details(change))
                {
                    writer.WriteLine($"  - {Escape(char.ToUpperInvariant(line[0]) + line[1..])}");
                }
            }

            foreach (var claim in page.Removed)
            {
                writer.WriteLine($"- **Removed** `{claim.Anchor}`: {Escape(claim.Text)}");
            }
        }
    }

    // A claim's text is plain: every character Markdown could read as syntax is escaped, and a line break is a space.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
