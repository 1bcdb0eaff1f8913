using Site.Core.Building;
using Site.Core.Loading;

namespace Site.Core.Writing;

/// <summary>
/// Phase 7: writes every file into a fresh sibling folder, then swaps it into place (see
/// <see cref="OutputSiblings"/>). If anything fails before the swap, the previous output is untouched
/// and the temporary folder is removed; if the process dies, the next build puts things right.
/// </summary>
public sealed class WritePhase
{
    /// <summary>Writes the site to the output <paramref name="held"/> is held on; no other build writes beside it meanwhile.</summary>
    public void Run(OutputLock held, IReadOnlyList<OutputFile> files)
    {
        var outputDirectory = held.Output;
        var (temporary, previous) = OutputSiblings.Create(outputDirectory);

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
            Directory.CreateDirectory(temporary);
            File.WriteAllText(Path.Combine(temporary, OutputFolder.MarkerFileName), OutputFolder.MarkerText);
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.RelativePath)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(Path.Combine(temporary, folder!));
            }

            Parallel.ForEach(files, file =>
            {
                var target = Path.Combine(temporary, file.RelativePath);
                if (file.Content is { } content)
                {
                    File.WriteAllBytes(target, content);
                }
                else if (file.CopyFrom is { } source)
                {
                    // Loading let only regular files through; one replaced since (by a pipe, say) is not opened.
                    if (FileSystemEntries.KindOf(source) is not FileKind.Regular and var kind)
                    {
                        throw new IOException($"'{file.RelativePath}' is now {FileSystemEntries.Describe(kind)}, not a regular file");
                    }

                    File.Copy(source, target, overwrite: true);
                }
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            OutputSiblings.DeleteQuietly(temporary);
            throw new SiteSetupException($"cannot write the site: {Unwrap(e).Message}; the previous output was left as it was", e);
        }

        Swap(temporary, outputDirectory, previous);
    }

    private static void Swap(string temporary, string output, string previous)
    {
        try
        {
            if (Directory.Exists(output))
            {
                Directory.Move(output, previous);
                try
                {
                    Directory.Move(temporary, output);
                }
                catch
                {
                    Directory.Move(previous, output);
                    throw;
                }

                OutputSiblings.DeletePrevious(previous);
            }
            else
            {
                Directory.Move(temporary, output);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            OutputSiblings.DeleteQuietly(temporary);
            throw new SiteSetupException($"cannot replace '{output}': {e.Message}; the previous output was left as it was", e);
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
}
