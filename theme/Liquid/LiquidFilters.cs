using System.Collections;
using System.Globalization;
using System.Text.Json;
using Fluid;
using Fluid.Values;
using Site.Core.Rendering.Models;

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
        // A site URL ("/substances/ketamine/") as the link from the page being rendered: relative, so the site works from a folder.
        filters.AddFilter("href", (input, _, context) => new StringValue(PageOf(context).Href(input.ToStringValue())));
        // The published URL of one of the theme's assets ("site.css"), its name carrying its content's hash.
        filters.AddFilter("asset_url", (input, _, context) => new StringValue(PageOf(context).Site.Assets.UrlOf(input.ToStringValue())));
        // "1 claim", "3 claims"; a second argument is a plural not made with an s ("retracted studies").
        filters.AddFilter("plural", (input, arguments, _) =>
        {
            var count = (int)input.ToNumberValue();
            var noun = arguments.At(0).ToStringValue();
            var plural = arguments.Count > 1 ? arguments.At(1).ToStringValue() : noun + "s";
            return new StringValue(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural)}"));
        });
        filters.AddFilter("reader_date", (input, _, _) => Date(input) is { } date ? new StringValue(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)) : NilValue.Instance);
        filters.AddFilter("iso_date", (input, _, _) => Date(input) is { } date ? new StringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : NilValue.Instance);
        filters.AddFilter("starts_with", (input, arguments, _) =>
            BooleanValue.Create(input.ToStringValue().StartsWith(arguments.At(0).ToStringValue(), StringComparison.Ordinal)));
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
        _ when value.GetType().IsPrimitive => null,
        _ => new ModelValue(value),
    };

    private static PageModel PageOf(TemplateContext context) => (PageModel)context.AmbientValues[Page];

    private static DateOnly? Date(FluidValue value) => value.ToObjectValue() switch
    {
        DateTimeOffset time => DateOnly.FromDateTime(time.UtcDateTime),
        DateTime time => DateOnly.FromDateTime(time),
        _ => null,
    };
}
