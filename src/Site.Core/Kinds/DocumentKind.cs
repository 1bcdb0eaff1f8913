using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Loading;
using Site.Core.Parsing;

namespace Site.Core.Kinds;

/// <summary>
/// What a document is, given by the folder it lives in, and everything that follows from it, in one place: its
/// name, folder and URLs, its list page, its front-matter fields and their reader, the ids it lists of other kinds,
/// its default claim policy and <c>site.yml</c> key, the file <c>site new</c> writes, and the page model and theme
/// template its pages are built with. The kinds are held in <see cref="DocumentKinds"/>.
/// </summary>
public abstract class DocumentKind
{
    private protected DocumentKind(string name, string? folder)
    {
        Name = name;
        Folder = folder;
        UrlPrefix = folder is null ? null : $"/{folder}/";
    }

    /// <summary>The lower-case name used in messages and on the command line ("substance").</summary>
    public string Name { get; }

    /// <summary>The folder under input/ that holds documents of the kind ("substances"), or null for plain pages.</summary>
    public string? Folder { get; }

    /// <summary>The site URL its pages sit under and its list page has ("/substances/"), or null for plain pages.</summary>
    public string? UrlPrefix { get; }

    /// <summary>Its key under <c>site.yml</c>'s <c>claims:</c> ("substances"); the singular is accepted too.</summary>
    public string ClaimsKey => Folder ?? "pages";

    /// <summary>Every paragraph a claim, or none, when <c>site.yml</c> does not say.</summary>
    public abstract ClaimPolicy DefaultClaims { get; }

    /// <summary>The front-matter fields the kind defines.</summary>
    public abstract IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// What to say when an unknown field resembles no known one, or null for the list of known fields (a reference's
    /// hundred CSL variables are too many to list).
    /// </summary>
    public virtual string? FieldsHint => null;

    /// <summary>The fields that must have a value when written (<c>missing-field</c> rather than an empty value).</summary>
    public virtual IReadOnlyList<string> RequiredFields => ["title"];

    /// <summary>The lists of ids of other kinds its front matter carries (a substance's <c>mechanisms</c>).</summary>
    public virtual IReadOnlyList<ListedKind> Lists => [];

    /// <summary>Whether the graph lists its documents by title (the kinds with a list page) or by id (references).</summary>
    public virtual bool ListedByTitle => true;

    /// <summary>
    /// Its list page, one of the generated pages (<see cref="GeneratedOutputs"/>): title, navigation, sitemap and the
    /// page not found's link; null for kinds without one.
    /// </summary>
    public abstract GeneratedOutput? ListPage { get; }

    /// <summary>The name of the theme's template its pages render with ("SubstancePage").</summary>
    public abstract string Template { get; }

    /// <summary>The file <c>site new</c> writes: the front matter the kind needs, what is left to write marked unfinished.</summary>
    /// <param name="id">The new document's id.</param>
    /// <param name="title">Its title, from the name given.</param>
    public abstract string Scaffold(string id, string title);

    /// <summary>The documents of the kind that have a page, in the kind's order.</summary>
    public abstract IReadOnlyList<ParsedDocument> DocumentsIn(Linking.SiteGraph graph);

    /// <summary>Reads the front matter into the kind's typed record; the id stands in for a missing title.</summary>
    internal abstract KindedFrontMatter Read(string id, FrontMatterFields fields);

    /// <inheritdoc />
    public override string ToString() => Name;
}
