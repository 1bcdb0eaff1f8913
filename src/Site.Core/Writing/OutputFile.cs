namespace Site.Core.Writing;

/// <summary>A file to write into the output folder: either content, or a file to copy.</summary>
/// <param name="RelativePath">Its path in the output folder, '/' separators.</param>
/// <param name="Write">Writes its bytes into the stream it is given, or null to copy <paramref name="CopyFrom"/>.</param>
/// <param name="CopyFrom">The file to copy, or null.</param>
public sealed record OutputFile(string RelativePath, Action<Stream>? Write, string? CopyFrom = null);
