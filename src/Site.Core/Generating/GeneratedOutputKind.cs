namespace Site.Core.Generating;

/// <summary>What a generated output is.</summary>
public enum GeneratedOutputKind
{
    /// <summary>An HTML page the theme renders from a page model.</summary>
    Page,

    /// <summary>A file that is not a page: an export of the site as data, or a crawlers' file.</summary>
    File,

    /// <summary>A folder of copied files (the theme's assets, the input's assets).</summary>
    Folder,

    /// <summary>A folder of files the generator writes, whose names are known only once they are made (the search index's shards).</summary>
    FileSet,
}
