using System.IO.Enumeration;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>
/// The files of the input folder that the build may read, in ordinal path order, and the entries it refuses.
/// The repository is untrusted: nothing whose real path lies outside the input folder's real path is read, and
/// only regular files are. A link to a file inside the input is followed; a link to a folder is never entered
/// (one inside the input would show its files twice, one outside would publish what is not the site's); a link
/// that leads outside is an <c>unsafe-link</c> error. A pipe, socket or device among the files that would be read
/// is <c>unreadable-file</c>. Hidden files and folders (<c>.git</c>, editor swap files) are not content.
/// </summary>
/// <param name="Files">Each file to read: its path under input/ and the real path to read it from.</param>
/// <param name="Diagnostics">The entries refused, one diagnostic each.</param>
internal sealed record InputEntries(IReadOnlyList<(string Relative, string Full)> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Lists <paramref name="inputDirectory"/> (absolute); <paramref name="isRead"/> says which paths the build reads.</summary>
    public static InputEntries Of(string inputDirectory, string workingDirectory, Func<string, bool> isRead)
    {
        var root = FileSystemEntries.RealPath(inputDirectory) ?? inputDirectory;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = false,
        };
        var entries = new FileSystemEnumerable<(string Full, bool IsLink)>(
            inputDirectory,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            // Links are listed whatever they lead to, to be judged below; the folders they may lead to are not entered.
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

        var files = new List<(string Relative, string Full)>();
        var diagnostics = new DiagnosticBag();
        foreach (var (full, isLink) in entries)
        {
            var relative = RelativePath.Of(inputDirectory, full);
            if (relative.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            var display = RelativePath.Of(workingDirectory, full);
            if (!isLink)
            {
                // The real path of an entry reached through no link is the input's real path and its own; its kind
                // is checked as it is read (SourceFileReader) or, for an asset, here: assets are copied, not read.
                if (isRead(relative) && relative.StartsWith(LoadPhase.AssetsFolder + "/", StringComparison.Ordinal)
                    && FileSystemEntries.KindOf(full) is not FileKind.Regular and var kind)
                {
                    diagnostics.Add(NotARegularFile(display, kind));
                    continue;
                }

                files.Add((relative, Path.Combine(root, relative)));
                continue;
            }

            var target = LinkTarget(full);
            var real = FileSystemEntries.RealPath(full);
            if (real is not null && !FileSystemEntries.IsSameOrInside(real, root))
            {
                diagnostics.Add(Diagnostic.ForFile(
                    DiagnosticDescriptors.UnsafeLink, display,
                    $"'{relative}' is a symbolic link to '{target}', which is outside the input folder; it is neither read nor published",
                    "copy the file into the input folder instead of linking to it"));
                continue;
            }

            if (!isRead(relative))
            {
                continue;
            }

            var targetKind = real is null ? FileKind.Missing : FileSystemEntries.KindOf(real);
            switch (targetKind)
            {
                case FileKind.Regular:
                    files.Add((relative, real!));
                    break;
                case FileKind.Directory:
                    // Its files are published where they really are, inside the input.
                    break;
                case FileKind.Missing:
                    diagnostics.Add(Diagnostic.ForFile(
                        DiagnosticDescriptors.UnreadableFile, display,
                        $"cannot read the file: '{relative}' is a symbolic link to '{target}', which does not exist (or is a loop of links)",
                        "point the link at an existing file, or delete it"));
                    break;
                default:
                    diagnostics.Add(NotARegularFile(display, targetKind));
                    break;
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return new InputEntries(files, diagnostics.ToSortedList());
    }

    /// <summary>The diagnostic for a pipe, socket or device where a file is read.</summary>
    public static Diagnostic NotARegularFile(string displayPath, FileKind kind) =>
        Diagnostic.ForFile(
            DiagnosticDescriptors.UnreadableFile, displayPath,
            $"cannot read the file: it is {FileSystemEntries.Describe(kind)}, not a regular file, and only regular files are read",
            "replace it with a regular file, or delete it");

    private static string LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "?";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }
}
