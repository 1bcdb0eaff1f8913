using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fluid;
using Fluid.Values;
using Site.Core.Languages;

namespace Site.Theme.Liquid;

/// <summary>
/// What the theme's templates may do beyond Liquid's own filters: the few things a page model cannot hold, because they
/// depend on the page a link is written on (<c>href</c>, <c>asset_url</c>) or on the wording of the template (<c>plural</c>).
/// </summary>
internal static class LiquidFilters
{
    /// <summary>The ambient value under which the page being rendered is found by the filters.</summary>
    public const string Page = "page";

    /// <summary>The ambient value under which the set of templates the page used is found, when it is asked for.</summary>
    public const string Templates = "templates";

    /// <summary>Adds the theme's filters, and makes Liquid's own safe for an untrusted theme.</summary>
    public static void AddTo(TemplateOptions options)
    {
        var filters = options.Filters;
        // The layout's {{ content | raw }} is the page's HTML already: passed on as it is, not copied into a string first.
        if (filters.TryGetValue("raw", out var raw))
        {
            filters.AddFilter("raw", (input, arguments, context) => input is PageContent ? input : raw(input, arguments, context));
        }

        // A site URL ("/substances/ketamine/") as the link from the page being rendered: relative, so the site works from a folder.
        filters.AddFilter("href", (input, _, context) => new StringValue(TemplateOutput.PageOf(context).Href(input.ToStringValue())));
        // The published URL of one of the theme's assets ("site.css"), its name carrying its content's hash.
        filters.AddFilter("asset_url", (input, _, context) => new StringValue(TemplateOutput.PageOf(context).Site.Assets.UrlOf(input.ToStringValue())));
        // "1 claim", "3 claims"; a second argument is a plural not made with an s ("retracted studies").
        filters.AddFilter("plural", (input, arguments, _) =>
        {
            var count = (int)input.ToNumberValue();
            var noun = arguments.At(0).ToStringValue();
            var plural = arguments.Count > 1 ? arguments.At(1).ToStringValue() : noun + "s";
            return new StringValue(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural)}"));
        });
        // "3 claims", "3 Aussagen": a count with its noun in the site's language, from the strings <key>_one and <key>_other.
        filters.AddFilter("count", (input, arguments, context) =>
            new StringValue(TemplateOutput.PageOf(context).Site.Wording.Count((int)input.ToNumberValue(), arguments.At(0).ToStringValue())));
        // A label with its {name} places filled by the named arguments: "Last reviewed {date}" | fill: date: when.
        filters.AddFilter("fill", (input, arguments, _) => new StringValue(Fill(input.ToStringValue(), arguments, LiquidPageRenderer.Encoder), encode: false));
        // A date as readers read it, in the site's language: "2 March 2024", "2. März 2024"; an ISO text ("2021-03", "2021") too.
        filters.AddFilter("reader_date", (input, _, context) => ReaderDate(input, TemplateOutput.PageOf(context).Site.Wording) is { } text ? new StringValue(text) : NilValue.Instance);
        filters.AddFilter("iso_date", (input, _, _) => Date(input) is { } date ? new StringValue(IsoDate(date)) : NilValue.Instance);
        filters.AddFilter("starts_with", (input, arguments, _) => BooleanValue.Create(StartsWith(input.ToStringValue(), arguments.At(0).ToStringValue())));
        // Liquid's json writes any object it is given, every member of it: here only what a template may print.
        filters.AddFilter("json", (input, _, _) => input switch
        {
            StringValue or NumberValue or BooleanValue => new StringValue(JsonSerializer.Serialize(input.ToObjectValue()), encode: false),
            _ => NilValue.Instance,
        });
    }

    /// <summary>
    /// What a template is given of a .NET value: strings, numbers, booleans, dates and lists as Liquid's own values, any
    /// other object as a <see cref="ModelValue"/> (its registered members readable, itself printing nothing).
    /// </summary>
    public static object? Convert(object value) => value switch
    {
        string or bool or char or decimal or DateTime or DateTimeOffset or FluidValue => null,
        DateOnly date => new DateTimeValue(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
        IEnumerable or Enum => null,
        // A page model, asked for at every page and every member a template reads: no reference type is primitive, and
        // asking the runtime whether a type is was the costlier test.
        not ValueType => new ModelValue(value),
        _ when value.GetType().IsPrimitive => null,
        _ => new ModelValue(value),
    };

    /// <summary>
    /// A label with its <c>{name}</c> places filled, as HTML: the label encoded, and each value encoded unless it is markup a
    /// template made itself (a <c>capture</c>), which is written as it is. A place no value is given for stays as written.
    /// </summary>
    public static string Fill(string label, FilterArguments arguments, TextEncoder encoder) =>
        Fill(label, [.. arguments.Names.Select(n => (n, arguments[n] is StringValue { Encode: false } or PageContent ? arguments[n].ToStringValue() : encoder.Encode(arguments[n].ToStringValue())))], encoder);

    /// <summary>A label with its <c>{name}</c> places filled, as HTML: the label encoded, each value given as HTML already.</summary>
    public static string Fill(string label, ReadOnlySpan<(string Name, string Html)> values, TextEncoder encoder)
    {
        using var html = new StringWriter(new StringBuilder(label.Length + 64), CultureInfo.InvariantCulture);
        Fill(html, label, values, encoder);
        return html.ToString();
    }

    /// <summary>
    /// <see cref="Fill(string, ReadOnlySpan{ValueTuple{string, string}}, TextEncoder)"/> written to <paramref name="writer"/>: what a
    /// template's writer writes where the template prints a filled label, with no string made for it.
    /// </summary>
    public static void Fill(TextWriter writer, string label, ReadOnlySpan<(string Name, string Html)> values, TextEncoder encoder)
    {
        var at = 0;
        while (label.IndexOf('{', at) is var open and >= 0 && label.IndexOf('}', open + 1) is var close and >= 0)
        {
            var name = label.AsSpan(open + 1, close - open - 1);
            string? value = null;
            foreach (var (n, html) in values)
            {
                if (name.SequenceEqual(n))
                {
                    value = html;
                    break;
                }
            }

            encoder.Encode(writer, label, at, (value is null ? close + 1 : open) - at);
            writer.Write(value);
            at = close + 1;
        }

        encoder.Encode(writer, label, at, label.Length - at);
    }

    /// <summary>A date as readers read it in <paramref name="strings"/>'s language: a date, or an ISO date text of a year, month or day.</summary>
    public static string? ReaderDate(FluidValue value, SiteStrings strings)
    {
        if (Date(value) is { } date)
        {
            return strings.Date(date);
        }

        if (value is not StringValue text)
        {
            return null;
        }

        var parts = text.ToStringValue().Split('-');
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return numbers switch
        {
            [var y, var m, var d] when y > 0 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) => strings.Date(new DateOnly(y, m, d)),
            [var y, var m] when y > 0 && m is >= 1 and <= 12 => strings.Format("date_format_month", ("month", strings[$"month_{m}"]), ("year", y.ToString(CultureInfo.InvariantCulture))),
            [var y] when y > 0 => y.ToString(CultureInfo.InvariantCulture),
            _ => text.ToStringValue(),
        };
    }

    /// <summary>A date as the <c>iso_date</c> filter writes it: "2024-03-02".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What the <c>starts_with</c> filter answers: whether <paramref name="text"/> begins with <paramref name="start"/>, ordinally.</summary>
    public static bool StartsWith(string text, string start) => text.StartsWith(start, StringComparison.Ordinal);

    private static DateOnly? Date(FluidValue value) => value.ToObjectValue() switch
    {
        DateTimeOffset time => DateOnly.FromDateTime(time.UtcDateTime),
        DateTime time => DateOnly.FromDateTime(time),
        _ => null,
    };
}
