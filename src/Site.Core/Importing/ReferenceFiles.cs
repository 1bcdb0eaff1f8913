using System.Text;
using Site.Core.Building;
using Site.Core.Loading;
using Site.Core.Text;

namespace Site.Core.Importing;

/// <summary>
/// Writes an import's reference files all together or not at all: each is written in full to a temporary file
/// beside its place first; only when every one is written are they moved into place, and a move that fails undoes
/// the ones before it. A new file never replaces anything (not even a link left in its place), and nothing is
/// written through a folder that links out of the input.
/// </summary>
internal static class ReferenceFiles
{
    public static void WriteAll(string input, string references, IReadOnlyList<PlannedReference> planned)
    {
        Directory.CreateDirectory(references);
        if (!FileSystemEntries.LeadsInside(references, input))
        {
            throw new SiteSetupException($"'{RelativePath.Of(input, references)}' is a link that leads outside the input folder; nothing was written");
        }

        var temporary = new List<(PlannedReference File, string Temporary)>();
        try
        {
            foreach (var file in planned)
            {
                var path = Path.Combine(Path.GetDirectoryName(file.FullPath)!, $".{Path.GetFileName(file.FullPath)}.import-{Guid.NewGuid():N}");
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(Encoding.UTF8.GetBytes(file.Text));
                }

                temporary.Add((file, path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(temporary.Select(t => t.Temporary));
            throw new SiteSetupException($"cannot write the references: {e.Message}; nothing was written", e);
        }

        var moved = new List<(PlannedReference File, string? Backup)>();
        try
        {
            foreach (var (file, path) in temporary)
            {
                string? backup = null;
                if (file.IsUpdate)
                {
                    backup = path + ".old";
                    File.Move(file.FullPath, backup);
                }

                moved.Add((file, backup));
                File.Move(path, file.FullPath, overwrite: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (file, backup) in moved.AsEnumerable().Reverse())
            {
                try
                {
                    if (File.Exists(file.FullPath) && !temporary.Any(t => t.File == file && File.Exists(t.Temporary)))
                    {
                        File.Delete(file.FullPath);
                    }

                    if (backup is not null && File.Exists(backup))
                    {
                        File.Move(backup, file.FullPath);
                    }
                }
                catch (Exception undo) when (undo is IOException or UnauthorizedAccessException)
                {
                    // Left for the editor to see; the message below says what failed.
                }
            }

            Delete(temporary.Select(t => t.Temporary));
            throw new SiteSetupException($"cannot write the references: {e.Message}; nothing was written", e);
        }

        Delete(moved.Select(m => m.Backup).OfType<string>());
    }

    private static void Delete(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temporary file is hidden (its name starts with a dot) and is not content.
            }
        }
    }
}
