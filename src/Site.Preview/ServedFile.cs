using Site.Core.Exporting;

namespace Site.Preview;

/// <summary>One thing the preview can serve: a page (UTF-8 HTML, injected into at request time), bytes, an export (made when first asked for), or a file on disk.</summary>
internal sealed record ServedFile(string ContentType, byte[]? Html = null, byte[]? Content = null, string? DiskPath = null, ExportedFile? Export = null);
