using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Content;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Exporting;

/// <summary>
/// <c>claims.json</c>: every claim of the site, one JSON object a line, in page path and document order:
/// its page, anchor, source line, text, the keys it cites, the references and evidence levels behind it,
/// its flags, and whether it is covered. What the evidence audit of a site reads.
/// </summary>
public static class ClaimsJsonExport
{
    // A page's lines depend on the page and on the documents its text and evidence name: unchanged, they are reused.
    private static readonly ConditionalWeakTable<ParsedDocument, Fragment> Fragments = [];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file's text.</summary>
    public static string Write(SiteGraph graph)
    {
        var builder = new StringBuilder("[");
        var first = true;
        foreach (var document in graph.Pages)
        {
            var claims = graph.ClaimsOf(document);
            if (claims.Count == 0)
            {
                continue;
            }

            var fragment = FragmentOf(graph, document, claims);
            builder.Append(first ? "\n" : ",\n").Append(fragment.Json);
            first = false;
        }

        return builder.Append(first ? "]\n" : "\n]\n").ToString();
    }

    private static Fragment FragmentOf(SiteGraph graph, ParsedDocument document, IReadOnlyList<ClaimEvidence> claims)
    {
        var dependencies = claims.SelectMany(c => c.References).Concat(graph.LinksFrom(document).Select(l => l.Target)).ToArray();
        if (Fragments.TryGetValue(document, out var cached) && cached.Dependencies.SequenceEqual(dependencies, ReferenceEqualityComparer.Instance))
        {
            return cached;
        }

        var lines = claims.Select(claim => Line(document, claim));
        var fragment = new Fragment(dependencies, string.Join(",\n", lines));
        Fragments.AddOrUpdate(document, fragment);
        return fragment;
    }

    private static string Line(ParsedDocument document, ClaimEvidence claim)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            var location = document.Source.Source.Locate(document.FileOffset(claim.Claim.Start));
            json.WriteStartObject();
            json.WriteString("page", document.Url);
            json.WriteString("anchor", claim.Claim.Anchor);
            json.WriteString("source", "input/" + document.Source.RelativePath);
            json.WriteNumber("line", location.Line);
            json.WriteString("text", claim.FullText);
            json.WriteStartArray("keys");
            foreach (var key in claim.Claim.Citations.SelectMany(g => g.Items).Select(i => i.Key).Distinct(StringComparer.Ordinal))
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteStartArray("references");
            for (var i = 0; i < claim.References.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("key", claim.References[i].Id);
                json.WriteString("evidence", EvidenceLevels.Name(claim.Levels[i]));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (var level in claim.Levels.Distinct().OrderBy(l => l is { } known ? (int)known : int.MaxValue))
            {
                json.WriteStringValue(EvidenceLevels.Name(level));
            }

            json.WriteEndArray();
            json.WriteStartArray("flags");
            if (claim.Flag is { } flag)
            {
                json.WriteStringValue(EvidenceFlags.Name(flag));
            }

            json.WriteEndArray();
            json.WriteBoolean("covered", claim.IsCovered);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed record Fragment(ParsedDocument?[] Dependencies, string Json);
}
