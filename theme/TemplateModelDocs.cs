using System.Collections;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Fluid;
using Site.Core.Rendering.Models;

namespace Site.Theme;

/// <summary>
/// What each template receives, as the markdown of docs/templates.md: the model of each page template, and every type a
/// template can read (<see cref="TemplateModels.Types"/>) with its members under the names templates use and the
/// documentation comments of Site.Core. Written from the code, so that the document cannot fall behind it.
/// </summary>
public static class TemplateModelDocs
{
    /// <summary>The document.</summary>
    public static string Markdown()
    {
        var docs = Comments();
        var text = new StringBuilder();
        text.Append("# What each template receives\n\n");
        text.Append("<!-- Written by `dotnet run --project tests/Site.Benchmarks -- template-models`; a test keeps it equal to the code. -->\n\n");
        text.Append("Every page is rendered with `templates/layout.liquid` around `templates/pages/<Template>.liquid`, and both get `page`, ");
        text.Append("the page's model below. A partial (`templates/components/…`) gets what its caller passes it. A template reads the ");
        text.Append("members listed here, by these names, and nothing else of the program; text is HTML-encoded when written, except ");
        text.Append("members documented as HTML, which are written with `| raw`.\n\n");
        text.Append("## Page templates\n\n| template | `page` is |\n| --- | --- |\n");
        foreach (var type in TemplateModels.Types.Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append($"| `templates/pages/{type.Name[..^"Model".Length]}.liquid` | [{type.Name}](#{type.Name.ToLowerInvariant()}) |\n");
        }

        text.Append("\n## Models\n");
        foreach (var type in TemplateModels.Types.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append($"\n### {type.Name}\n\n");
            if (docs.GetValueOrDefault("T:" + type.FullName) is { } summary)
            {
                text.Append(summary).Append("\n\n");
            }

            text.Append("| member | value | what it is |\n| --- | --- | --- |\n");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && Describe(p.PropertyType) is not null)
                .OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var about = docs.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}") ?? "";
                var value = Describe(property.PropertyType)!;
                // A reference that may be null says so, as a nullable value does.
                if (!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable)
                {
                    value += " or nil";
                }

                text.Append($"| `{MemberNameStrategies.SnakeCase(property)}` | {value} | {about.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }

        return text.ToString();
    }

    private static readonly NullabilityInfoContext Nullability = new();

    // How a value reads in a template; null for what a template cannot read.
    private static string? Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) is { } value ? value + " or nil" : null;
        }

        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            return "number";
        }

        if (type == typeof(DateOnly))
        {
            return "date";
        }

        if (type.IsEnum)
        {
            return $"text: {string.Join(", ", Enum.GetNames(type).Select(n => $"`{n}`"))}";
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var arguments = type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments();
            var items = arguments.Select(Describe).ToList();
            return items.Any(i => i is null) ? null : items.Count == 2 ? $"map of {items[0]} to {items[1]}" : $"list of {items[0]}";
        }

        return TemplateModels.Types.Contains(type) ? $"[{type.Name}](#{type.Name.ToLowerInvariant()})" : null;
    }

    // Site.Core's documentation comments by member id ("P:Site.Core.Rendering.Models.PageModel.Title"), as one line of text.
    private static Dictionary<string, string> Comments()
    {
        var file = Path.ChangeExtension(typeof(PageModel).Assembly.Location, ".xml");
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return comments;
        }

        foreach (var member in XDocument.Load(file).Descendants("member"))
        {
            if (member.Element("summary") is { } summary && member.Attribute("name")?.Value is { } name)
            {
                comments[name] = Flatten(summary);
            }
        }

        return comments;
    }

    private static string Flatten(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "see" } see => Cref(see),
                XElement { Name.LocalName: "c" or "paramref" or "typeparamref" } code => $"`{code.Value}{code.Attribute("name")?.Value}`",
                XElement other => Flatten(other),
                _ => "",
            });
        }

        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    // "<see cref="P:Site.Core.Rendering.Models.PageModel.Href"/>" reads as "Href".
    private static string Cref(XElement see) =>
        see.Attribute("cref")?.Value is { } cref ? $"`{cref[(cref.LastIndexOf('.') + 1)..].Split('(')[0]}`" : see.Attribute("langword")?.Value ?? see.Value;
}
