using System.Text;
using System.Text.RegularExpressions;

namespace Site.Core.Styles;

/// <summary>
/// How the styles write numbers, as citeproc-js does for CSL number variables: page ranges "minimal" (Vancouver:
/// 575-582 gives 575–82) or "expanded" (APA: 575-82 gives 575–582), and ranges in volumes and issues with an en dash.
/// </summary>
internal static partial class CslNumbers
{
    private const char EnDash = '\u2013';

    /// <summary>
    /// A page or list of pages with every numeric range minimal: "575-582" gives "575–82", "1234-1239"
    /// gives "1234–9", "99-101" stays "99–101", "e23-e30" gives "e23–30", "321-28" gives "321–8".
    /// </summary>
    public static string Pages(string page) => Pages(page, expanded: false);

    /// <summary>
    /// A page or list of pages with every numeric range written out: "575-82" gives "575–582", "321-8" gives
    /// "321–328", "e23-e30" gives "e23–e30".
    /// </summary>
    public static string ExpandedPages(string page) => Pages(page, expanded: true);

    private static string Pages(string page, bool expanded)
    {
        // The separators (", ", "; ", " & ") are kept as written; only the ranges between them change.
        var parts = ListSeparator().Split(page);
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            text.Append(i % 2 == 1 ? parts[i] : PageRange(parts[i], expanded));
        }

        return text.ToString();
    }

    /// <summary>A volume or issue with a hyphen between two numbers made an en dash: "3-4" gives "3–4".</summary>
    public static string Number(string value) => HyphenBetweenDigits().Replace(value, EnDash.ToString());

    /// <summary>
    /// Whether CSL counts the value as numeric ("2", "2a", "S1", "2-3", "2, 3", "2 &amp; 3"), which decides
    /// whether the style puts a label such as "Vol." before it; "II" and "Suppl 1" are not numeric.
    /// </summary>
    public static bool IsNumeric(string value) => NumericValue().IsMatch(value);

    /// <summary>Whether a numeric value names more than one number ("2-3", "2, 3"), so its label is plural.</summary>
    public static bool IsPlural(string value) => IsNumeric(value) && NumberPattern().Count(value) > 1;

    private static string PageRange(string range, bool expanded)
    {
        var match = NumericRange().Match(range);
        if (!match.Success)
        {
            // Not two numbers ("iii-xii", "A-B"): only the dash changes.
            return AnyRange().IsMatch(range) ? Dash().Replace(range, EnDash.ToString()) : range;
        }

        var (prefix, first, endPrefix, last) =
            (match.Groups["prefix"].Value, match.Groups["first"].Value, match.Groups["endPrefix"].Value, match.Groups["last"].Value);
        if (endPrefix.Length > 0 && endPrefix != prefix)
        {
            return $"{prefix}{first}{EnDash}{endPrefix}{last}";
        }

        // An end already shortened ("321-28") is read with the start's leading digits ("328").
        if (last.Length < first.Length)
        {
            last = first[..(first.Length - last.Length)] + last;
        }

        if (expanded)
        {
            return $"{prefix}{first}{EnDash}{endPrefix}{last}";
        }

        return Compare(first, last) < 0
            ? $"{prefix}{first}{EnDash}{Minimal(first, last)}"
            : $"{prefix}{first}{EnDash}{endPrefix}{last}";
    }

    // "Minimal": the end loses the leading digits it shares with the start, when both have as many digits.
    private static string Minimal(string first, string last)
    {
        if (first.Length != last.Length)
        {
            return last;
        }

        var shared = 0;
        while (shared < last.Length - 1 && first[shared] == last[shared])
        {
            shared++;
        }

        return last[shared..];
    }

    // Page numbers can be longer than any integer type, so they are compared as digit strings.
    private static int Compare(string first, string last)
    {
        var (a, b) = (first.TrimStart('0'), last.TrimStart('0'));
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
    }

    [GeneratedRegex(@"(\s*[,;&]\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?<prefix>[A-Za-z]*)(?<first>[0-9]+)\s*[-\u2013]\s*(?<endPrefix>[A-Za-z]*)(?<last>[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRange();

    [GeneratedRegex(@"^\S+\s*[-\u2013]\s*\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyRange();

    [GeneratedRegex(@"\s*[-\u2013]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();

    [GeneratedRegex(@"(?<=[0-9])\s*-\s*(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenBetweenDigits();

    [GeneratedRegex(@"^[A-Za-z]*[0-9]+[A-Za-z]*(\s*[-\u2013,&]\s*[A-Za-z]*[0-9]+[A-Za-z]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericValue();

    [GeneratedRegex(@"[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
