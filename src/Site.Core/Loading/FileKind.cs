namespace Site.Core.Loading;

/// <summary>What a directory entry is, read without following a link.</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or it could not be examined).</summary>
    Missing,

    /// <summary>A regular file: the only kind the build reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link.</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO): opening one for reading waits for a writer that may never come.</summary>
    NamedPipe,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>A character or block device (<c>/dev/zero</c> never ends).</summary>
    Device,
}
