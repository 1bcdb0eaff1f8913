namespace Site.Core.Rendering;

/// <summary>
/// Which URLs written in content may reach a page. Nothing that runs script when followed or loaded:
/// no <c>javascript:</c> or <c>vbscript:</c>, and no <c>data:</c> URL but a raster image shown by an
/// image (PNG, GIF, JPEG or WebP, which cannot hold script). The scheme is read as a browser reads
/// it, so case, entities (already decoded by the parser), spaces and control characters hide nothing.
/// </summary>
public static class ContentUrlPolicy
{
    private static readonly string[] RasterImages = ["image/png", "image/gif", "image/jpeg", "image/webp"];

    /// <summary>True when <paramref name="url"/> may be written as an image's <c>src</c> (<paramref name="image"/>) or a link's <c>href</c>.</summary>
    public static bool Allows(string url, bool image)
    {
        ArgumentNullException.ThrowIfNull(url);
        var normalized = AsBrowserReadsIt(url);
        var colon = normalized.IndexOf(':');
        if (colon <= 0 || !IsScheme(normalized.AsSpan(0, colon)))
        {
            return true;
        }

        var scheme = normalized[..colon];
        if (scheme.Equals("javascript", StringComparison.OrdinalIgnoreCase) || scheme.Equals("vbscript", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (scheme.Equals("data", StringComparison.OrdinalIgnoreCase))
        {
            var media = normalized[(colon + 1)..];
            var end = media.IndexOfAny([';', ',']);
            return image && end > 0 && RasterImages.Contains(media[..end].Trim(), StringComparer.OrdinalIgnoreCase);
        }

        return true;
    }

    // The URL standard strips leading and trailing C0 controls and spaces, and removes every tab and
    // newline, before it looks for a scheme.
    private static string AsBrowserReadsIt(string url)
    {
        var trimmed = url.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F ");
        return trimmed.ContainsAny('\t', '\n', '\r')
            ? string.Concat(trimmed.ToString().Where(c => c is not ('\t' or '\n' or '\r')))
            : trimmed.ToString();
    }

    // An ASCII letter, then letters, digits, '+', '-' or '.'.
    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        if (!char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text[1..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
