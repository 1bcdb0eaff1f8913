using System.IO.Enumeration;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Rendering;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>
/// Where the site's own theme folder is: the maintainer's <c>--theme</c> (anywhere) wins over site.yml's <c>theme</c>,
/// which is resolved inside the input folder and refused when it leads outside it, since a pull request can change
/// site.yml. The folder's files are the theme's, never pages or assets of the content.
/// </summary>
public static class ThemeFolder
{
    /// <summary>The folder's real path, or null when the site has none or it cannot be used (then with the problem).</summary>
    /// <param name="config">The site's settings.</param>
    /// <param name="inputDirectory">The input folder.</param>
    /// <param name="workingDirectory">Paths in diagnostics are relative to this folder.</param>
    /// <param name="givenPath">The command line's <c>--theme</c>, relative to the working folder; or null.</param>
    public static (string? RealPath, Diagnostic? Problem) Locate(SiteConfig config, string inputDirectory, string workingDirectory, string? givenPath)
    {
        if (givenPath is not null)
        {
            var full = Path.GetFullPath(givenPath, workingDirectory);
            var real = FileSystemEntries.RealPath(full);
            var kind = real is null ? FileKind.Missing : FileSystemEntries.KindOf(real);
            return kind == FileKind.Directory
                ? (real, null)
                : (null, Diagnostic.ForFile(
                    DiagnosticDescriptors.InvalidTheme, RelativePath.Of(workingDirectory, full),
                    kind == FileKind.Missing
                        ? "cannot use the theme folder given with --theme: there is no such folder"
                        : $"cannot use the theme folder given with --theme: it is {FileSystemEntries.Describe(kind)}, not a folder",
                    "give the folder that holds the templates/ and assets/ to use instead of the default theme's"));
        }

        if (config.Theme is not { } setting)
        {
            return (null, null);
        }

        Diagnostic Refuse(string message, string hint) =>
            new(DiagnosticDescriptors.InvalidTheme, DiagnosticDescriptors.InvalidTheme.DefaultSeverity, setting.Location, message, hint, setting.SourceLine);

        var path = Path.GetFullPath(setting.Path, inputDirectory);
        if (!FileSystemEntries.LeadsInside(path, inputDirectory))
        {
            return (null, Refuse(
                $"'theme: {setting.Path}' leads outside the input folder; site.yml may only name a folder inside it",
                "move the theme folder into the input folder, or give one elsewhere with --theme PATH"));
        }

        var realPath = FileSystemEntries.RealPath(path)!;
        if (FileSystemEntries.IsSameOrInside(FileSystemEntries.RealPath(inputDirectory) ?? inputDirectory, realPath))
        {
            return (null, Refuse(
                $"'theme: {setting.Path}' is the input folder itself; the theme needs a folder of its own",
                "put the theme's templates/ and assets/ into a folder such as 'theme' and write 'theme: theme'"));
        }

        var found = FileSystemEntries.KindOf(realPath);
        return found == FileKind.Directory
            ? (realPath, null)
            : (null, Refuse(
                found == FileKind.Missing
                    ? $"there is no folder '{setting.Path}' in the input folder"
                    : $"'theme: {setting.Path}' is {FileSystemEntries.Describe(found)}, not a folder",
                "make the folder and put the templates/ and assets/ you change into it, or remove the 'theme' line"));
    }

    /// <summary>
    /// The theme folder's files. A theme's files come with the repository and are as untrusted as its content: only regular
    /// files whose real path is inside the folder are read, linked folders are not entered, a pipe is never opened, and
    /// hidden files and folders (".git") are left out.
    /// </summary>
    /// <param name="folder">The folder's real path.</param>
    /// <param name="displayPath">How diagnostics name the folder.</param>
    public static ThemeFolderFiles Read(string folder, string displayPath)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return new ThemeFolderFiles(
            displayPath,
            [
                .. files
                    .Select(f => (Path: RelativePath.Of(folder, f), Real: FileSystemEntries.RegularFileInside(f, folder)))
                    .Where(f => f.Real is not null && !f.Path.Split('/').Any(segment => segment.StartsWith('.')))
                    .OrderBy(f => f.Path, StringComparer.Ordinal)
                    .Select(f => new ThemeAsset(f.Path, File.ReadAllBytes(f.Real!))),
            ]);
    }
}
