using System.Collections;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;

namespace Site.Theme;

/// <summary>
/// What a template can read of .NET: every page model (each non-abstract <see cref="PageModel"/> of Site.Core) and the types
/// their public properties reach, through lists and nullables. Strings, numbers, booleans, dates and enums are values, not
/// types read member by member. Front matter is never reached (a template reads what the page model gives, not the raw
/// fields), nor the site's published assets or address, which the <c>asset_url</c> filter and the models' URLs stand for, nor
/// the site's strings object, whose labels <c>page.site.strings</c> gives and whose dates and counts the filters write.
/// </summary>
public static class TemplateModels
{
    /// <summary>The types whose public properties a template reads, in ordinal order of their full names.</summary>
    public static IReadOnlyList<Type> Types { get; } = Walk();

    private static List<Type> Walk()
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(typeof(PageModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract));
        while (pending.TryDequeue(out var type))
        {
            if (!IsModel(type) || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties())
            {
                foreach (var reached in Reached(property.PropertyType))
                {
                    pending.Enqueue(reached);
                }
            }
        }

        return [.. found.OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    // A list's items, a nullable's value, and the type itself.
    private static IEnumerable<Type> Reached(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Reached(underlying);
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.IsArray ? Reached(type.GetElementType()!) : type.GetGenericArguments().SelectMany(Reached);
        }

        return [type];
    }

    private static bool IsModel(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(PageModel).Assembly
        && type.Namespace != typeof(Site.Core.Content.FrontMatter).Namespace
        && type != typeof(PublishedAssets) && type != typeof(Site.Core.Linking.SiteAddress) && type != typeof(Site.Core.Languages.SiteStrings);
}
