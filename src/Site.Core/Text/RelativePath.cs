namespace Site.Core.Text;

/// <summary>Paths as the site and its diagnostics show them: relative to a folder, with '/' separators on every OS.</summary>
public static class RelativePath
{
    /// <summary><paramref name="path"/> relative to <paramref name="folder"/>, e.g. "input/substances/ketamine.md".</summary>
    public static string Of(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
