using System.Text.Json.Nodes;
using Site.Core.Content;

namespace Site.Core.Importing;

/// <summary>Personal and corporate names as CSL-JSON name objects, from the forms tagged formats write them in.</summary>
internal static class CslNames
{
    /// <summary>
    /// A name written family first, as RIS and MEDLINE's <c>FAU</c> write it: "Jones, Jennifer L" and
    /// "Malcolm, R. J., Jr." (family, given, suffix). Without a comma, the name is read as <see cref="Written"/> reads it.
    /// </summary>
    public static JsonObject Inverted(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            return Written(name);
        }

        var result = new JsonObject { ["family"] = parts[0] };
        if (parts[1].Length > 0)
        {
            result["given"] = parts[1];
        }

        var suffix = string.Join(", ", parts.Skip(2).Where(p => p.Length > 0));
        if (suffix.Length > 0)
        {
            result["suffix"] = suffix;
        }

        return result;
    }

    /// <summary>
    /// A name without a comma: "Jones JL" (family and initials, as MEDLINE's <c>AU</c> and reference lists write it)
    /// gives a family and given name; a single word is a family name; anything else ("World Health Organization")
    /// is kept whole as a literal, since which of its words is the family name cannot be known.
    /// </summary>
    public static JsonObject Written(string name)
    {
        var author = Author.Parse(name);
        if (author.Given is { } given)
        {
            return new JsonObject { ["family"] = author.Family, ["given"] = given };
        }

        return author.Family.Contains(' ', StringComparison.Ordinal) ? Literal(author.Family) : new JsonObject { ["family"] = author.Family };
    }

    /// <summary>A corporate author, or any name shown as written.</summary>
    public static JsonObject Literal(string name) => new() { ["literal"] = name };
}
