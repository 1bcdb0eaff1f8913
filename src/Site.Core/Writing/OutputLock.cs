using System.Text;
using Site.Core.Building;

namespace Site.Core.Writing;

/// <summary>
/// A build's exclusive hold on its output for its whole run: an operating-system lock on the file
/// <c>.NAME.lock</c> beside the output (<see cref="OutputSiblings.LockFileOf"/>), opened with
/// <see cref="FileShare.None"/>, which .NET takes as an exclusive <c>flock</c> on Unix and a sharing lock on Windows.
/// The operating system lets go of it when the process ends, however it ends, so a lock is never held by a dead build;
/// while one is held, every folder beside the output of the siblings' names belongs to a dead build. The file stays
/// when the lock is let go: deleting it would let a build waiting on the old file and a new one on a fresh file both
/// hold "the" lock.
/// </summary>
public sealed class OutputLock : IDisposable
{
    // How often a waiting build tries again: the runtime offers no blocking wait for a file's lock.
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private OutputLock(string output, FileStream file)
    {
        Output = output;
        _file = file;
    }

    /// <summary>The output folder this lock is held on (a real, absolute path).</summary>
    public string Output { get; }

    /// <summary>Takes the lock on <paramref name="output"/>, or returns null at once when another build holds it.</summary>
    /// <param name="output">The output folder's real, absolute path; its parent folder is created if missing.</param>
    /// <exception cref="SiteSetupException">The lock file cannot be made or opened.</exception>
    public static OutputLock? TryTake(string output)
    {
        var path = OutputSiblings.LockFileOf(output);
        FileStream file;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteSetupException($"cannot lock the output '{output}': {e.Message}; a build needs to create '{path}' beside it");
        }

        try
        {
            // For whoever finds the file: what it is, and that it may go when no build is running.
            var note = Encoding.UTF8.GetBytes($"Locked by 'site build' while it builds '{Path.GetFileName(Path.TrimEndingDirectorySeparator(output))}' beside this file. Safe to delete when no build is running.\n");
            file.SetLength(0);
            file.Write(note);
            file.Flush();
        }
        catch (IOException)
        {
            // The note is for people; the lock holds without it.
        }

        return new OutputLock(output, file);
    }

    /// <summary>Takes the lock on <paramref name="output"/>, waiting for as long as another build holds it.</summary>
    /// <param name="output">The output folder's real, absolute path.</param>
    /// <param name="onWaiting">Called once, before waiting, when another build holds the lock.</param>
    /// <exception cref="SiteSetupException">The lock file cannot be made or opened.</exception>
    public static OutputLock Take(string output, Action? onWaiting = null)
    {
        if (TryTake(output) is { } free)
        {
            return free;
        }

        onWaiting?.Invoke();
        while (true)
        {
            Thread.Sleep(Retry);
            if (TryTake(output) is { } taken)
            {
                return taken;
            }
        }
    }

    /// <summary>Lets go of the lock; the file stays.</summary>
    public void Dispose() => _file.Dispose();

    // How the runtime reports a lock held through another open file: flock's EWOULDBLOCK as the HResult on Unix
    // (11 on Linux, 35 on macOS and the BSDs), ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION on Windows. Any other
    // failure (a read-only disk, a folder in the way) is not a build to wait for.
    private static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && (OperatingSystem.IsWindows()
            ? e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
            : e.HResult == (OperatingSystem.IsLinux() ? 11 : 35));
}
