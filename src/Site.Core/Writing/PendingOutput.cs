using System.Collections.Concurrent;
using Site.Core.Building;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.PostProcessing;

namespace Site.Core.Writing;

/// <summary>
/// Phase 7: the new site as it is written, in a fresh sibling folder of the output (see <see cref="OutputSiblings"/>),
/// marked as this tool's from the start. Pages are written into it as they are finished, by the workers that render
/// them; the other files once the build knows it has no error; then <see cref="Publish"/> swaps it into place. Until
/// then the previous output is untouched: a build that fails, or is disposed unpublished, deletes the folder, and one
/// that dies leaves it for the next build to remove.
/// A page that cannot be written does not stop the build: pages are written before their content is judged, and a
/// content error (two files whose pages take one path, say) is what the editor must hear of. It is kept as
/// <see cref="Failure"/>, no page is written after it, and the folder is never published.
/// </summary>
public sealed class PendingOutput : IPageOutput, IDisposable
{
    private readonly string _output;
    private readonly string _previous;

    // The folders made so far: most pages have a folder of their own, and the lists and assets share theirs. A worker
    // that needs a folder another is making waits for it.
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private bool _published;
    private string? _failure;

    private PendingOutput(string output, string temporary, string previous)
    {
        (_output, Folder, _previous) = (output, temporary, previous);
    }

    /// <summary>The temporary folder the site is written to.</summary>
    public string Folder { get; }

    /// <summary>Why a page could not be written, or null while every page could.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    /// <summary>
    /// Makes the temporary folder for the output <paramref name="held"/> is held on, with its marker; no other build
    /// writes beside the output meanwhile.
    /// </summary>
    /// <exception cref="SiteSetupException">The folder cannot be made.</exception>
    public static PendingOutput Begin(OutputLock held)
    {
        var (temporary, previous) = OutputSiblings.Create(held.Output);
        var pending = new PendingOutput(held.Output, temporary, previous);
        try
        {
            Writing(() =>
            {
                Directory.CreateDirectory(temporary);
                File.WriteAllText(Path.Combine(temporary, OutputFolder.MarkerFileName), OutputFolder.MarkerText);
            });
            return pending;
        }
        catch
        {
            pending.Dispose();
            throw;
        }
    }

    /// <summary>Writes a finished page, under the path its URL is served from; one that cannot be written is kept as the <see cref="Failure"/>.</summary>
    public void Write(string url, ReadOnlySpan<byte> content)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            File.WriteAllBytes(Target(SitePaths.OutputPathOf(url)), content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, e.Message, null);
        }
    }

    /// <summary>Writes or copies each file, in parallel.</summary>
    /// <exception cref="SiteSetupException">A file cannot be written or copied.</exception>
    public void Write(IReadOnlyList<OutputFile> files) => Writing(() => Parallel.ForEach(files, file =>
    {
        var target = Target(file.RelativePath);
        if (file.Write is { } write)
        {
            // The default buffer: most of these files are written in one call of their known bytes, which bypasses it, and
            // a 64 KB buffer for each of a dense site's 5,000 search files was 320 MB of garbage at the build's peak.
            using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 4096);
            write(stream);
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
    }));

    /// <summary>Swaps the written site into place: the output is moved aside, the new site takes its place, the old one is deleted.</summary>
    /// <exception cref="SiteSetupException">A page could not be written, or the swap failed; the previous output is in place and the temporary folder deleted.</exception>
    public void Publish()
    {
        var (temporary, output, previous) = (Folder, _output, _previous);
        if (Failure is { } failure)
        {
            OutputSiblings.DeleteQuietly(temporary);
            throw new SiteSetupException($"cannot write the site: {failure}; the previous output was left as it was");
        }

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

                _published = true;
                OutputSiblings.DeletePrevious(previous);
            }
            else
            {
                Directory.Move(temporary, output);
                _published = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            OutputSiblings.DeleteQuietly(temporary);
            throw new SiteSetupException($"cannot replace '{output}': {e.Message}; the previous output was left as it was", e);
        }
    }

    /// <summary>Deletes the temporary folder unless it was published: the previous output stays as it was.</summary>
    public void Dispose()
    {
        if (!_published)
        {
            OutputSiblings.DeleteQuietly(Folder);
        }
    }

    // The file's full path in the temporary folder, its folder made first. A page is written before its content is
    // judged, so a path that would lead out of the folder (a page named '..') is refused here, not only by the rules.
    private string Target(string relativePath)
    {
        var target = Path.GetFullPath(relativePath, Folder);
        if (!FileSystemEntries.IsSameOrInside(target, Folder) || target.Length <= Folder.Length + 1)
        {
            throw new IOException($"'{relativePath}' is not a path inside the output folder");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (folder.Length > Folder.Length)
        {
            _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        }

        return target;
    }

    // What cannot be written is an I/O problem of the build, not the content's; the folder goes when this is disposed,
    // once no worker writes into it any more.
    private static void Writing(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            throw new SiteSetupException($"cannot write the site: {Unwrap(e).Message}; the previous output was left as it was", e);
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
}
