using System.Text;
using System.Text.Json.Nodes;
using Site.Core.Content;

namespace Site.Core.Importing;

/// <summary>
/// Builds one CSL-JSON item under the conventions of <see cref="ImportedEntry"/>: text trimmed and its white space
/// folded, no empty values, names as objects, dates as <c>date-parts</c>. A variable is set once: a reader offers the
/// source's fields in order of preference, and the first with a value wins.
/// </summary>
internal sealed class CslItemBuilder
{
    /// <summary>The item built so far.</summary>
    public JsonObject Item { get; } = [];

    /// <summary>True when the variable has a value.</summary>
    public bool Has(string variable) => Item.ContainsKey(variable);

    /// <summary>Sets a text variable to the cleaned value, unless it is empty or the variable is already set.</summary>
    public void Text(string variable, string? value)
    {
        var clean = Clean(value);
        if (clean.Length > 0 && !Has(variable))
        {
            Item[variable] = clean;
        }
    }

    /// <summary>Adds a name to a name variable (<c>author</c>, <c>editor</c>...), after those already there.</summary>
    public void Name(string variable, JsonObject name)
    {
        if (Item[variable] is not JsonArray names)
        {
            names = [];
            Item[variable] = names;
        }

        names.Add(name);
    }

    /// <summary>Sets a date variable: one date, or a range from <paramref name="start"/> to <paramref name="end"/>, and a season if the source names one.</summary>
    public void Date(string variable, PartialDate start, PartialDate? end = null, string? season = null)
    {
        if (Has(variable))
        {
            return;
        }

        var parts = new JsonArray { Parts(start) };
        if (end is { } last)
        {
            parts.Add(Parts(last));
        }

        var date = new JsonObject { ["date-parts"] = parts };
        if (season is not null)
        {
            date["season"] = season;
        }

        Item[variable] = date;
    }

    /// <summary>A value trimmed, with every run of white space (line breaks and tabs included) made one space.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static JsonArray Parts(PartialDate date)
    {
        var parts = new JsonArray();
        foreach (var part in date.Parts)
        {
            parts.Add(part);
        }

        return parts;
    }
}
