using System.Buffers;
using System.Text.Json;
using Site.Core.Content;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Retractions;
using Site.Core.Text;

namespace Site.Core.Exporting;

/// <summary>
/// <c>claims.json</c>: every claim of the site, one JSON object a line, in page path and document order:
/// its page, anchor, source line, text, the keys it cites, the references and evidence levels behind it,
/// its flags, and whether it is covered. What the evidence audit of a site reads.
/// </summary>
public static class ClaimsJsonExport
{
    private static readonly JsonWriterOptions Options = ReadableJson.Compact;

    // How many pages' lines are written in parallel before they go into the stream, in order: enough to keep both cores
    // busy, few enough that the file is never whole in memory.
    private const int Batch = 256;

    /// <summary>The file, as UTF-8 (see <see cref="Write(SiteGraph, Stream, ClaimsJsonFragments?)"/>), kept in <paramref name="made"/> once written.</summary>
    /// <param name="graph">The site.</param>
    /// <param name="made">The compilation's fragments for this graph, which keeps each page's lines (reusing the previous compilation's where they read the same) and the file once written; null to write every page.</param>
    public static byte[] Write(SiteGraph graph, ClaimsJsonFragments? made = null)
    {
        // With --previous the compiler reads the file to compare editions before the export writes it: made once.
        if (made?.File is { } written)
        {
            return written;
        }

        var file = ExportedFile.BytesOf(stream => Write(graph, stream, made));
        if (made is not null)
        {
            made.File = file;
        }

        return file;
    }

    /// <summary>
    /// Writes the file into <paramref name="stream"/>, as UTF-8: the bytes <paramref name="made"/> holds when it was
    /// written whole already, or else page by page, each page's lines written in parallel a batch at a time and joined in order.
    /// </summary>
    /// <param name="graph">The site.</param>
    /// <param name="stream">Where the file goes.</param>
    /// <param name="made">The compilation's fragments for this graph, or null to write every page.</param>
    public static void Write(SiteGraph graph, Stream stream, ClaimsJsonFragments? made = null)
    {
        if (made?.File is { } written)
        {
            stream.Write(written);
            return;
        }

        var pages = graph.Pages;
        var fragments = new byte[]?[Math.Min(Batch, pages.Count)];
        var first = true;
        stream.Write("["u8);
        for (var start = 0; start < pages.Count; start += Batch)
        {
            var count = Math.Min(Batch, pages.Count - start);
            Parallel.For(0, count, i =>
            {
                var page = pages[start + i];
                fragments[i] = graph.ClaimsOf(page).Count == 0 ? null
                    : made is null ? FragmentOf(graph, page)
                    : made.Of(graph, page, view => FragmentOf(view, page));
            });

            for (var i = 0; i < count; i++)
            {
                if (fragments[i] is { } lines)
                {
                    stream.Write(first ? "\n"u8 : ",\n"u8);
                    stream.Write(lines);
                    first = false;
                }
            }
        }

        stream.Write(first ? "]\n"u8 : "\n]\n"u8);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private static byte[] FragmentOf(SiteGraph graph, ParsedDocument document)
    {
        var claims = graph.ClaimsOf(document);
        // One writer for the page's lines, reset between them: each line is a JSON value of its own. The buffer is the
        // worker's, grown once to the longest page's size and reused, since only the copy of its bytes is kept.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(buffer, Options);
        for (var i = 0; i < claims.Count; i++)
        {
            if (i > 0)
            {
                buffer.Write(",\n"u8);
                json.Reset(buffer);
            }

            Line(json, graph, document, claims[i]);
            json.Flush();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Line(Utf8JsonWriter json, SiteGraph graph, ParsedDocument document, ClaimEvidence claim)
    {
        var location = document.Source.Source.Locate(document.FileOffset(claim.Claim.Start));
        json.WriteStartObject();
        json.WriteString("page", document.Url);
        json.WriteString("anchor", claim.Claim.Anchor);
        // The path as diagnostics print it (relative to the working directory), so that a tool can join the two.
        json.WriteString("source", document.Source.Source.Path);
        json.WriteNumber("line", location.Line);
        json.WriteString("text", claim.FullText);
        json.WriteStartArray("keys");
        foreach (var key in claim.Claim.Citations.Where(g => !graph.IsText(g)).SelectMany(g => g.Items).Select(i => i.Key).Distinct(StringComparer.Ordinal))
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
            if (graph.RetractionOf(claim.References[i]) is { } notice)
            {
                json.WriteString("status", RetractionStatus.Name(notice.Nature));
            }

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

        if (graph.RetractionIn(claim) is { } nature)
        {
            json.WriteStringValue(nature == RetractionNature.Retraction ? "cites-retracted-study" : "cites-expression-of-concern");
        }

        var dated = graph.EvidenceDatedBefore(claim);
        if (dated is not null)
        {
            json.WriteStringValue("dated-evidence");
        }

        json.WriteEndArray();
        if (dated is { } before)
        {
            // "based on studies from before 2011", as readers see it beside the claim.
            json.WriteNumber("datedBefore", before);
        }

        json.WriteBoolean("covered", claim.IsCovered);
        json.WriteEndObject();
    }
}
