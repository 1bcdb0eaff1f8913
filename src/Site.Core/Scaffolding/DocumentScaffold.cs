using Site.Core.Building;
using Site.Core.Kinds;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Text;

namespace Site.Core.Scaffolding;

/// <summary>Writes a new document with the front matter its kind defines, ready to fill in.</summary>
public static class DocumentScaffold
{
    /// <summary>
    /// Creates the file and returns its path. What is left for the editor is marked unfinished (the instructions in a
    /// <c>::: unfinished</c> block, placeholder values tagged <c>!unfinished</c>), so that the page is an
    /// <c>unfinished-page</c> error until it is written; it has no <c>reviewed</c> date until someone reviews it.
    /// </summary>
    /// <param name="inputDirectory">The content folder (absolute).</param>
    /// <param name="kind">What to create.</param>
    /// <param name="name">A title ("Nitrous oxide") or an id ("nitrous-oxide"); a reference's title is left to the editor.</param>
    /// <exception cref="SiteSetupException">The name gives no id, or the id is taken.</exception>
    public static string Create(string inputDirectory, DocumentKind kind, string name)
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

        var folder = kind.Folder is { } sub ? Path.Combine(inputDirectory, sub) : inputDirectory;
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
            file.Write(System.Text.Encoding.UTF8.GetBytes(kind.Scaffold(id, title)));
        }
        catch (IOException) when (File.Exists(path) || FileSystemEntries.KindOf(path) != FileKind.Missing)
        {
            throw new SiteSetupException($"'{RelativePath.Of(inputDirectory, path)}' already exists; choose another name or delete it");
        }

        return path;
    }

    /// <summary>A YAML double-quoted string.</summary>
    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A placeholder that says what to write; its marker makes the page an error until it is replaced.</summary>
    internal static string Unfinished(string placeholder) => UnfinishedMarker.Tag + " " + Quote(placeholder);
}
