using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Core.Editions.Formatting;

/// <summary>
/// What changed, for tools: <c>{"added": [{page, anchor, text}], "removed": [...], "changed": [{page, anchor, before,
/// after, citationsAdded, citationsRemoved, previousPage, previousAnchor, match, evidenceBefore, evidenceAfter,
/// statusChanges: [{key, before, after}]}], "pages": [{page, previousPage, change}]}</c>.
/// </summary>
public static class ChangesJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the changes as one JSON object and a line break.</summary>
    public static void Write(TextWriter writer, EditionChanges changes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            Claims(json, "added", changes.Added);
            Claims(json, "removed", changes.Removed);
            json.WriteStartArray("changed");
            foreach (var change in changes.Changed)
            {
                json.WriteStartObject();
                json.WriteString("page", change.Page);
                json.WriteString("anchor", change.Anchor);
                json.WriteString("before", change.Before.Text);
                json.WriteString("after", change.After.Text);
                Strings(json, "citationsAdded", change.CitationsAdded);
                Strings(json, "citationsRemoved", change.CitationsRemoved);
                json.WriteString("previousPage", change.Before.Page);
                json.WriteString("previousAnchor", change.Before.Anchor);
                json.WriteString("match", change.Match == ClaimMatch.Anchor ? "anchor" : "text");
                Strings(json, "evidenceBefore", change.Before.Evidence);
                Strings(json, "evidenceAfter", change.After.Evidence);
                json.WriteStartArray("statusChanges");
                foreach (var status in change.StatusChanges)
                {
                    json.WriteStartObject();
                    json.WriteString("key", status.Key);
                    json.WriteString("before", status.Before);
                    json.WriteString("after", status.After);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pages");
            foreach (var page in changes.Pages)
            {
                json.WriteStartObject();
                json.WriteString("page", page.Url);
                json.WriteString("previousPage", page.PreviousUrl ?? (page.Kind == PageChangeKind.Added ? null : page.Url));
                json.WriteString("change", page.Kind.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Claims(Utf8JsonWriter json, string name, IReadOnlyList<EditionClaim> claims)
    {
        json.WriteStartArray(name);
        foreach (var claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("page", claim.Page);
            json.WriteString("anchor", claim.Anchor);
            json.WriteString("text", claim.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
