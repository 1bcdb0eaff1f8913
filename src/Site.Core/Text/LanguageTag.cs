using System.Text.RegularExpressions;

namespace Site.Core.Text;

/// <summary>
/// BCP 47 (RFC 5646) language tags, checked for their form: <c>en</c>, <c>en-GB</c>, <c>zh-Hant-TW</c>,
/// <c>sr-Latn</c>, <c>es-419</c>, <c>de-CH-1996</c>, private use <c>x-...</c>. Whether a subtag is registered is not
/// checked (the registry changes); a tag of the right form is accepted.
/// </summary>
public static partial class LanguageTag
{
    /// <summary>True when <paramref name="tag"/> is a well-formed language tag.</summary>
    public static bool IsWellFormed(string tag) => tag.Length <= 64 && Grammar().IsMatch(tag);

    // language (2-3 letters with up to three extlangs, or 4-8 letters), script, region, variants, extensions,
    // private use; or a private-use tag alone. RFC 5646, section 2.1; tags are case-insensitive.
    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
