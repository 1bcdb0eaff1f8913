using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;

namespace Site.Theme.Liquid;

/// <summary>
/// How the writers of the default theme's templates read what a template is given and write what Fluid would: values encoded
/// as an output tag encodes them, labels read as <c>page.site.strings.key</c> reads them, and each partial a template renders
/// recorded as Fluid's <c>render</c> records it.
/// </summary>
internal static class TemplateOutput
{
    /// <summary>As Fluid writes an output tag: the value encoded, nothing for nil.</summary>
    public static void Text(TextWriter w, TextEncoder e, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            e.Encode(w, text);
        }
    }

    /// <summary>As Fluid writes a number read from a model (<c>{{ bar.count }}</c>).</summary>
    public static void Number(TextWriter w, int number) => w.Write(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A value as the fill filter takes it from a template: encoded.</summary>
    public static string Html(TextEncoder e, string? text) => string.IsNullOrEmpty(text) ? "" : e.Encode(text);

    /// <summary>A label as <c>page.site.strings.key</c> reads it: null (nil) for a key the site's strings lack.</summary>
    public static string? Label(IReadOnlyDictionary<string, string> strings, string key) => strings.GetValueOrDefault(key);

    /// <summary>
    /// Records that the page renders <paramref name="path"/>, as Fluid's <c>render</c> does when the template is interpreted,
    /// when the page's templates are asked for (preview renders a page again when one of them changes).
    /// </summary>
    public static void Rendered(TemplateContext context, string path)
    {
        if (context.AmbientValues.TryGetValue(LiquidFilters.Templates, out var used) && used is ISet<string> templates)
        {
            templates.Add(path);
        }
    }

    /// <summary>The model a template was given under <paramref name="name"/>, or null.</summary>
    public static T? Value<T>(TemplateContext context, string name)
        where T : class => context.GetValue(name).ToObjectValue() as T;

    /// <summary>The items of a list a template was given, as the models they are (Fluid hands a list over as an array of its values).</summary>
    public static IReadOnlyList<T> Items<T>(TemplateContext context, string name)
        where T : class => context.GetValue(name) is Fluid.Values.ArrayValue array ? [.. array.Values.Select(v => v.ToObjectValue()).OfType<T>()] : [];

    /// <summary>The page being rendered, which links are made relative to.</summary>
    public static PageModel PageOf(TemplateContext context) => (PageModel)context.AmbientValues[LiquidFilters.Page];
}
