namespace Site.Preview;

/// <summary>One thing the preview can serve: a page (HTML, injected at request time), bytes, or a file on disk.</summary>
internal sealed record ServedFile(string ContentType, string? Html = null, byte[]? Content = null, string? DiskPath = null);
