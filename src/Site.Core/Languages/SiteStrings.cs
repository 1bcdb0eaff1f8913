using System.Globalization;
using System.Reflection;
using System.Text;
using Site.Core.Content;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Languages;

/// <summary>
/// The words readers see, in the site's language: the labels of one strings file (<c>theme/strings/&lt;language&gt;.yml</c>,
/// flat snake_case keys), with site.yml's <c>strings</c> laid over it, and the language's way of writing dates and counts.
/// A label may hold <c>{name}</c> places, which <see cref="Format"/> fills.
/// </summary>
public sealed class SiteStrings
{
    // Each file is read when its language is first asked for: a build uses one or two of them, and reading one is most of
    // YamlDotNet's start.
    private static readonly IReadOnlyDictionary<string, Lazy<SiteStrings>> Files = LoadShipped();

    private readonly Dictionary<string, string> _labels;
    private readonly HashSet<int> _singular;

    private SiteStrings(string language, Dictionary<string, string> labels)
    {
        Language = language;
        _labels = labels;
        _singular = [.. this["plural_one"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
    }

    /// <summary>The languages a strings file ships for, in ordinal order ("de", "en", "es", "fr").</summary>
    public static IReadOnlyList<string> Shipped => field ??= [.. Files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The English strings, which every other file has the keys of, and which a language without a file falls back to.</summary>
    public static SiteStrings English => Files["en"].Value;

    /// <summary>The keys every strings file has, in ordinal order.</summary>
    public static IReadOnlyList<string> Keys => field ??= [.. English._labels.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The base language of the file these strings come from ("de" for a site in "de-AT").</summary>
    public string Language { get; }

    /// <summary>Every label by key, as templates read them (<c>page.site.strings.cited_by</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels => _labels;

    /// <summary>The label of a key; the key itself for one no strings file has, so that a missing label shows where it is.</summary>
    public string this[string key] => _labels.GetValueOrDefault(key, key);

    /// <summary>
    /// The shipped strings of a BCP 47 tag's base language ("de" for "de-CH"), or null when none ships for it.
    /// </summary>
    public static SiteStrings? For(string tag) => Files.GetValueOrDefault(BaseLanguage(tag))?.Value;

    /// <summary>The primary language subtag of a tag, lower-case: "pt" for "pt-BR".</summary>
    public static string BaseLanguage(string tag) => tag.Split('-')[0].ToLowerInvariant();

    /// <summary>These strings with some labels replaced (site.yml's <c>strings</c>); keys no file has are left out.</summary>
    public SiteStrings With(IEnumerable<KeyValuePair<string, string>> overrides)
    {
        var labels = new Dictionary<string, string>(_labels, StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
        {
            if (labels.ContainsKey(key))
            {
                labels[key] = value;
            }
        }

        return new SiteStrings(Language, labels);
    }

    /// <summary>
    /// How Open Graph names the site's locale: the tag's language and region ("de_AT" for "de-AT"); without a region, the
    /// strings file's <c>locale</c> ("de_DE") when the tag is the file's language, else the tag's language alone.
    /// </summary>
    public string LocaleOf(string tag)
    {
        var subtags = tag.Split('-');
        var region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2 && s.All(char.IsAsciiLetter) || s.Length == 3 && s.All(char.IsAsciiDigit));
        var language = subtags[0].ToLowerInvariant();
        return region is not null ? $"{language}_{region.ToUpperInvariant()}"
            : language == Language ? this["locale"]
            : language;
    }

    /// <summary>A label with its <c>{name}</c> places filled in: <c>Format("last_reviewed", ("date", "2 March 2024"))</c>.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values) => Fill(this[key], values);

    /// <summary>
    /// <see cref="Format"/> of a label with one place, <c>{name}</c>, filled with a number: "reference 3". Each of the first
    /// numbers is filled once and kept, since a page writes the label at every citation of the work.
    /// </summary>
    public string FormatNumber(string key, string name, int number)
    {
        if ((uint)number >= NumbersKept)
        {
            return Format(key, (name, number.ToString(CultureInfo.InvariantCulture)));
        }

        var kept = _numbered.GetOrAdd((key, name), static _ => new string?[NumbersKept]);
        // Two threads filling one number at once make the same string: either may be kept.
        return kept[number] ??= Format(key, (name, number.ToString(CultureInfo.InvariantCulture)));
    }

    private const int NumbersKept = 512;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, string Name), string?[]> _numbered = new();

    /// <summary>A text with its <c>{name}</c> places filled in; a place no value is given for stays as written.</summary>
    public static string Fill(string text, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (values.Length == 0 || !text.Contains('{'))
        {
            return text;
        }

        var filled = new StringBuilder(text.Length + 32);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                filled.Append(text, at, text.Length - at);
                break;
            }

            filled.Append(text, at, open - at);
            var name = text.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (n, value) in values)
            {
                if (name.SequenceEqual(n))
                {
                    filled.Append(value);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                filled.Append(text, open, close - open + 1);
            }

            at = close + 1;
        }

        return filled.ToString();
    }

    /// <summary>Whether a count takes the singular in this language: 1 in English, 0 and 1 in French.</summary>
    public bool IsSingular(int count) => _singular.Contains(count);

    /// <summary>A count with its noun: <c>Count(3, "claim")</c> is "3 claims", from <c>claim_one</c> or <c>claim_other</c>.</summary>
    public string Count(int count, string key) =>
        Format(key + (IsSingular(count) ? "_one" : "_other"), ("count", count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A date as readers read it, in the language's <c>date_format</c>: "2 March 2024", "2. März 2024".</summary>
    public string Date(DateOnly date) => Format(
        "date_format",
        ("day", date.Day.ToString(CultureInfo.InvariantCulture)),
        ("month", this[$"month_{date.Month}"]),
        ("year", date.Year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Names as one ("A, B and C"), with the language's <c>and</c>.</summary>
    public string List(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} {this["and"]} {names[^1]}";

    /// <summary>An evidence level's label ("Randomised controlled trial"), or the label of a reference without one.</summary>
    public string EvidenceLevel(EvidenceLevel? level) =>
        this[EvidenceKeys.GetOrAdd(EvidenceLevels.Name(level), static name => "evidence_" + name.Replace('-', '_'))];

    // The key of each level's label, made once: pages ask for them at every bar of every chart.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> EvidenceKeys = new(StringComparer.Ordinal);

    /// <summary>What readers see beside a claim with the flag ("animal or laboratory data only").</summary>
    public string EvidenceFlag(Linking.EvidenceFlag flag) =>
        this[flag == Linking.EvidenceFlag.AnimalOrLaboratoryOnly ? "flag_animal_or_laboratory" : "flag_case_reports"];

    /// <summary>The sentence explaining the flag, for a tooltip.</summary>
    public string EvidenceFlagExplanation(Linking.EvidenceFlag flag) =>
        this[flag == Linking.EvidenceFlag.AnimalOrLaboratoryOnly ? "flag_animal_or_laboratory_explanation" : "flag_case_reports_explanation"];

    /// <summary>What readers call a CSL type ("Journal article"); a type without a label of its own is "Other work".</summary>
    public string ReferenceType(string? type) =>
        type is null ? this["type_work"] : _labels.GetValueOrDefault("type_" + type.Replace('-', '_')) ?? this["type_other"];

    private static Dictionary<string, Lazy<SiteStrings>> LoadShipped()
    {
        var assembly = typeof(SiteStrings).Assembly;
        var files = new Dictionary<string, Lazy<SiteStrings>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("strings/", StringComparison.Ordinal)))
        {
            var language = Path.GetFileNameWithoutExtension(name);
            files[language] = new Lazy<SiteStrings>(() => new SiteStrings(language, Read(assembly, name)));
        }

        return files;
    }

    // The shipped files are the tool's own, flat maps of plain scalars: a file that is not is a defect of the tool.
    private static Dictionary<string, string> Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            labels.Add(((YamlScalarNode)key).Value!, ((YamlScalarNode)value).Value ?? "");
        }

        return labels;
    }
}
