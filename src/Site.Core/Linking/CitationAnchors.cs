using System.Globalization;

namespace Site.Core.Linking;

/// <summary>
/// The ids of a page's citations: the Nth bracketed citation of a body, counted from 1 in document order, is <c>cite-N</c>.
/// A dense site has a quarter of a million citations and pages of a hundred, so the ids of the first
/// <see cref="Kept"/> numbers are made once, when first asked for, and shared by every page.
/// </summary>
internal static class CitationAnchors
{
    private const string Prefix = "cite-";

    private const int Kept = 512;

    // Filled as asked for, not at start: a small site asks for a few. Two threads making one id make equal strings.
    private static readonly string?[] First = new string?[Kept];

    /// <summary>The id of the citation numbered <paramref name="number"/> (from 1).</summary>
    public static string Of(int number) => number <= Kept ? First[number - 1] ??= Make(number) : Make(number);

    /// <summary>Whether <paramref name="id"/> is the id of one of a body's <paramref name="citations"/> citations.</summary>
    public static bool IsOneOf(string id, int citations) =>
        id.StartsWith(Prefix, StringComparison.Ordinal)
        && id.Length > Prefix.Length
        && id[Prefix.Length] is >= '1' and <= '9'
        && int.TryParse(id.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n <= citations;

    private static string Make(int number) => Prefix + number.ToString(CultureInfo.InvariantCulture);
}
