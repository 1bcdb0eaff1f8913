using Site.Core.Content;
using Site.Core.Diagnostics;

namespace Site.Core.Loading;

/// <summary>One markdown file as loaded: the document (null when unreadable) and the problems found in it.</summary>
public sealed record LoadedFile(string RelativePath, FileStamp Stamp, SourceDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
