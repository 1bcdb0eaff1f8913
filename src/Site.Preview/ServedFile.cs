namespace Site.Preview;

/// <summary>One thing the preview can serve: a page (UTF-8 HTML, injected into at request time), bytes, or a file on disk.</summary>
internal sealed record ServedFile(string ContentType, byte[]? Html = null, byte[]? Content = null, string? DiskPath = null);
