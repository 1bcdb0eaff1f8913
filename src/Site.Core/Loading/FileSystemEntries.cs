using System.Runtime.InteropServices;

namespace Site.Core.Loading;

/// <summary>
/// What the file system says of a path without following it: its kind (a regular file, a link, a pipe, ...) and,
/// for links, the real path they lead to. .NET reports a pipe, a socket or a device as a "Normal" file of length 0,
/// and opening a pipe blocks, so the kind comes from <c>lstat</c>, through the runtime's own native library.
/// </summary>
public static partial class FileSystemEntries
{
    // The longest chain of links followed before a path is taken as a loop (Linux's own limit is 40).
    private const int MaxLinks = 40;

    // The runtime's FileStatus: Flags (int32), then Mode (int32) in its own portable S_IF* bits, ... Dev (int64) at
    // 88, RDev (int64), Ino (int64) at 104; the rest is not read. The buffer is larger than the whole structure on
    // every platform the runtime supports. The identity test checks the offsets against stat(1).
    private const int FileStatusSize = 256;
    private const int DeviceOffset = 88;
    private const int InodeOffset = 104;

    /// <summary>The kind of the entry at <paramref name="path"/>, the entry itself and not what a link points to.</summary>
    public static FileKind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            return UnixKindOf(path);
        }

        // Windows has no pipes, sockets or devices in the file system that a build could meet.
        var info = new FileInfo(path);
        if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return info.Exists ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    /// <summary>
    /// The real path of <paramref name="path"/> (absolute): every link along it, in any folder and at the end,
    /// replaced by what it points to. Null when a link leads nowhere or the chain is too long (a loop).
    /// What lies past the last existing folder is kept as written.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? root;
                continue;
            }

            var next = Path.Combine(current, segment);
            if (KindOf(next) != FileKind.SymbolicLink)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                return null;
            }

            // The target's own segments are walked in turn: a link may lead through other links.
            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            var resolvedRoot = Path.GetPathRoot(resolved)!;
            foreach (var part in resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(part);
            }

            current = resolvedRoot;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both absolute, compared as written).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var p = Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
        var f = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// The identity of the entry <paramref name="path"/> leads to, every link followed: null when nothing is there,
    /// and on Windows, which has no such number to give. Another folder moved in place of one has another identity;
    /// a folder deleted and made again may have the old one's (ext4 gives a freed number out again at once).
    /// </summary>
    public static unsafe FileIdentity? IdentityOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = stackalloc byte[FileStatusSize];
        if (Stat(path, status) != 0)
        {
            return null;
        }

        return new FileIdentity(*(long*)(status + DeviceOffset), *(long*)(status + InodeOffset));
    }

    /// <summary>
    /// The real path of <paramref name="path"/> when it is a regular file lying inside <paramref name="folder"/>'s real
    /// path, every link of both resolved; else null. What may be read of an untrusted folder, and from where.
    /// </summary>
    public static string? RegularFileInside(string path, string folder) =>
        RealPath(path) is { } real && RealPath(folder) is { } root && IsSameOrInside(real, root) && KindOf(real) == FileKind.Regular
            ? real
            : null;

    /// <summary>True when the real path of <paramref name="path"/> (existing or not) lies inside <paramref name="folder"/>'s, every link resolved.</summary>
    public static bool LeadsInside(string path, string folder) =>
        RealPath(path) is { } real && IsSameOrInside(real, RealPath(folder) ?? folder);

    /// <summary>How a kind is named in a diagnostic: "a named pipe".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.NamedPipe => "a named pipe",
        FileKind.Socket => "a socket",
        FileKind.Device => "a device",
        _ => "nothing",
    };

    private static unsafe FileKind UnixKindOf(string path)
    {
        var status = stackalloc byte[FileStatusSize];
        if (LStat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        var mode = *(int*)(status + sizeof(int));
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            // 0x2000 character and 0x6000 block devices, and anything newer.
            _ => FileKind.Device,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* status);
}
