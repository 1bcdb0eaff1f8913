using System.Text.Json;
using Site.Core.Editions;

namespace Site.Core.Tests.Editions;

/// <summary>Small editions for the comparison tests: claims written as claims.json writes them, and read back by the reader.</summary>
internal static class Claims
{
    /// <summary>A claim as a line of claims.json.</summary>
    public static object Line(string page, string anchor, string text, string[]? keys = null, string[]? evidence = null, (string Key, string? Status)[]? references = null) => new
    {
        page,
        anchor,
        text,
        keys = keys ?? ["smith-2020"],
        references = (references ?? [.. (keys ?? ["smith-2020"]).Select(k => (k, (string?)null))]).Select(r => r.Status is null
            ? (object)new { key = r.Key, evidence = "rct" }
            : new { key = r.Key, evidence = "rct", status = r.Status }),
        evidence = evidence ?? ["rct"],
        flags = Array.Empty<string>(),
        covered = true,
    };

    /// <summary>An edition of these claims, through the JSON the build writes.</summary>
    public static Edition Edition(params object[] lines) => EditionReader.Parse(JsonSerializer.SerializeToUtf8Bytes(lines), "claims.json");
}
