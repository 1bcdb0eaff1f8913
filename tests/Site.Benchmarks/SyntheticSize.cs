using System.Globalization;

namespace Site.Benchmarks;

/// <summary>
/// A size of synthetic site as the benchmark commands write it: <c>10000</c> is the default shape,
/// <c>dense10000</c> the citation-dense one (<see cref="SyntheticSite"/>).
/// </summary>
/// <param name="Pages">How many markdown documents.</param>
/// <param name="Dense">Whether every claim-bearing page is the dense shape.</param>
internal sealed record SyntheticSize(int Pages, bool Dense)
{
    private const string DensePrefix = "dense";

    /// <summary>The size a token names, or null when it names none.</summary>
    public static SyntheticSize? Parse(string text)
    {
        var dense = text.StartsWith(DensePrefix, StringComparison.Ordinal);
        var digits = dense ? text[DensePrefix.Length..] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pages) && pages >= 4 ? new SyntheticSize(pages, dense) : null;
    }

    /// <summary>The row label in the benchmark table: "10,000 pages" or "dense 10,000 pages".</summary>
    public string Label => (Dense ? "dense " : "") + Pages.ToString("N0", CultureInfo.InvariantCulture) + " pages";
}
