using System.Globalization;
using Site.Core.Building;
using Site.Core.Content;
using Site.Core.Loading;
using Site.Core.Text;

namespace Site.Core.Scaffolding;

/// <summary>Writes a new document with the front matter its kind defines, ready to fill in.</summary>
public static class DocumentScaffold
{
    /// <summary>Creates the file and returns its path.</summary>
    /// <param name="inputDirectory">The content folder (absolute).</param>
    /// <param name="kind">What to create.</param>
    /// <param name="name">A title ("Nitrous oxide") or an id ("nitrous-oxide").</param>
    /// <param name="today">The date written as <c>reviewed</c>.</param>
    /// <exception cref="SiteSetupException">The name gives no id, or the id is taken.</exception>
    public static string Create(string inputDirectory, DocumentKind kind, string name, DateOnly today)
    {
        var id = Slug.From(name);
        if (id.Length == 0)
        {
            throw new SiteSetupException($"'{name}' has no letters or digits to make an id from");
        }

        var existing = Directory.EnumerateFiles(inputDirectory, id + ".md", SearchOption.AllDirectories).FirstOrDefault();
        if (existing is not null)
        {
            throw new SiteSetupException($"the id '{id}' is already used by {RelativePath.Of(inputDirectory, existing)}; ids are unique across the site");
        }

        var folder = DocumentKinds.Folder(kind) is { } sub ? Path.Combine(inputDirectory, sub) : inputDirectory;
        // A checked-out repository is untrusted: a kind's folder that links out of the input would have the new
        // file written wherever it leads.
        if (!FileSystemEntries.LeadsInside(folder, inputDirectory))
        {
            throw new SiteSetupException($"'{RelativePath.Of(inputDirectory, folder)}' is a link that leads outside the input folder; nothing is written there");
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id + ".md");
        var title = Slug.IsKebab(name) ? Slug.Humanize(name) : name.Trim();
        try
        {
            // Never through a link left in the file's place, even one that leads nowhere: the file must be new.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(System.Text.Encoding.UTF8.GetBytes(Template(kind, title, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
        catch (IOException) when (File.Exists(path) || FileSystemEntries.KindOf(path) != FileKind.Missing)
        {
            throw new SiteSetupException($"'{RelativePath.Of(inputDirectory, path)}' already exists; choose another name or delete it");
        }

        return path;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Template(DocumentKind kind, string title, string today) => kind switch
    {
        DocumentKind.Substance => $"""
            ---
            title: {Quote(title)}
            aliases: []
            class:
            mechanisms: []
            summary:
            reviewed: {today}
            ---

            ::: editorial
            Write what is known about {title} below this block. Each paragraph, list item and table row is a
            claim: cite the reference behind it with `[@key]`. Text in a block like this one is not a claim;
            delete it when the page is written.
            :::

            """,
        DocumentKind.Mechanism => $"""
            ---
            title: {Quote(title)}
            aliases: []
            summary:
            reviewed: {today}
            ---

            ::: editorial
            Explain {title} below this block. Each paragraph, list item and table row is a claim: cite the
            reference behind it with `[@key]`. Text in a block like this one is not a claim; delete it when
            the page is written.
            :::

            """,
        DocumentKind.Reference => $"""
            ---
            type: article-journal
            title: {Quote(title)}
            author: []
            container-title:
            issued:
            volume:
            issue:
            page:
            DOI:
            PMID:
            evidence:
            ---

            Summarise what this study did and found, and how strong its evidence is.

            """,
        _ => $"""
            ---
            title: {Quote(title)}
            description:
            ---

            Write the page here.

            """,
    };
}
