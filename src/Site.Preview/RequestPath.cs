namespace Site.Preview;

/// <summary>
/// Checks a request path before it is looked up. Pages are served from memory by exact URL, so a path
/// can never reach the disk; still, anything that tries to climb or smuggle separators is refused outright.
/// </summary>
internal static class RequestPath
{
    /// <summary>The path to look up, or null when it must be refused.</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        if (!path.StartsWith('/') || path.Contains('\0') || path.Contains('\\') || path.Contains("//", StringComparison.Ordinal))
        {
            return null;
        }

        // Encoded separators and dots that survived decoding are refused rather than interpreted.
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase) || path.Contains("%5c", StringComparison.OrdinalIgnoreCase) ||
            path.Contains("%2e", StringComparison.OrdinalIgnoreCase) || path.Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "..")
            {
                return null;
            }
        }

        return path;
    }
}
