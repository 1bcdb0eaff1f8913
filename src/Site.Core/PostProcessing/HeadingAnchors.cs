using AngleSharp.Dom;
using Site.Core.Text;

namespace Site.Core.PostProcessing;

/// <summary>Gives every heading without an id a stable one from its text ("## Dosing" gets id="dosing").</summary>
public static class HeadingAnchors
{
    /// <summary>Adds the ids; a repeated heading gets "-2", "-3"... and never takes an id already in the page.</summary>
    public static void Apply(IDocument document)
    {
        var taken = new HashSet<string>(document.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            if (!string.IsNullOrEmpty(heading.Id))
            {
                continue;
            }

            var slug = Slug.From(heading.TextContent);
            if (slug.Length == 0)
            {
                slug = "section";
            }

            var id = slug;
            for (var n = 2; taken.Contains(id); n++)
            {
                id = $"{slug}-{n}";
            }

            taken.Add(id);
            heading.Id = id;
        }
    }
}
