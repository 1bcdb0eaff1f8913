namespace Site.Core.Loading;

/// <summary>What identifies a version of a file on disk without reading it: its length and last write time.</summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of a file now.</summary>
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}
