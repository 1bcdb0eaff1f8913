using System.Buffers;
using System.Text.Json;
using Site.Core.Content;
using Site.Core.Linking;
using Site.Core.Text;

namespace Site.Core.Search;

/// <summary>
/// Writes the index as Pagefind lays one out: a small manifest, term shards and record shards, so that a query loads the
/// manifest, the shard of each of its words and the record shards of the results it shows, and nothing else.
/// <list type="bullet">
/// <item><c>manifest.json</c>: the first key of each term shard (a term is in the last shard whose first key is not after it),
/// the first record of each record shard (as differences), the first record of each kind, the evidence levels.</item>
/// <item><c>terms/N.json</c>: an object of keys in ordinal order, each an array of record numbers (each the difference from the
/// one before) and scores, alternating.</item>
/// <item><c>records/N.json</c>: an array of records, each <c>[kind, title, url, text, levels, details]</c>, the kind an index
/// into the manifest's kinds and details null but for references.</item>
/// <item><c>levels/NAME.json</c>: the records behind which stands a study of that level, as a bitmap in base64 (bit
/// <c>n % 8</c> of byte <c>n / 8</c>), loaded only when the level is filtered on.</item>
/// </list>
/// </summary>
public static class SearchShardWriter
{
    /// <summary>The size a term shard grows to before the next key starts another, in bytes.</summary>
    public const int TermShardBytes = 16 * 1024;

    /// <summary>The size a record shard grows to before the next record starts another, in bytes: a query loads up to one for each result it shows.</summary>
    public const int RecordShardBytes = 6 * 1024;

    /// <summary>The version of the files' layout, which the browser's engine checks.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = ReadableJson.Compact;

    /// <summary>The index's files, by site URL under <see cref="SitePaths.Search"/>, the manifest first.</summary>
    public static IReadOnlyList<(string Url, byte[] Content)> Write(IReadOnlyList<SearchRecord> records, IReadOnlyList<int> kindOf, SearchPostings postings)
    {
        var files = new List<(string Url, byte[] Content)>();
        var termEntries = new byte[postings.Keys.Count][];
        Parallel.For(0, termEntries.Length, EntryWriter.Create, (k, _, writer) =>
        {
            termEntries[k] = TermEntry(writer, postings.Keys[k], postings.Records[k], postings.Scores[k]);
            return writer;
        }, EntryWriter.Dispose);
        var termShards = Shards(termEntries, TermShardBytes);
        for (var s = 0; s < termShards.Count; s++)
        {
            files.Add(($"{SitePaths.Search}terms/{s}.json", Joined(termEntries, termShards[s], (byte)'{', (byte)'}')));
        }

        var recordEntries = new byte[records.Count][];
        Parallel.For(0, records.Count, EntryWriter.Create, (r, _, writer) =>
        {
            recordEntries[r] = RecordEntry(writer, records[r], kindOf[r]);
            return writer;
        }, EntryWriter.Dispose);
        var recordShards = Shards(recordEntries, RecordShardBytes);
        for (var s = 0; s < recordShards.Count; s++)
        {
            files.Add(($"{SitePaths.Search}records/{s}.json", Joined(recordEntries, recordShards[s], (byte)'[', (byte)']')));
        }

        var levels = LevelNames;
        var levelBits = LevelBits(records);
        for (var l = 0; l < levels.Count; l++)
        {
            files.Add(($"{SitePaths.Search}levels/{levels[l]}.json", LevelFile(levelBits[l])));
        }

        files.Insert(0, (SitePaths.Search + ManifestName, Manifest(records, kindOf, postings, termShards, recordShards, levels)));
        return files;
    }

    /// <summary>The manifest's name in the index's folder.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>The evidence levels a record can carry, by name, strongest first, "not-assessed" last.</summary>
    public static IReadOnlyList<string> LevelNames { get; } = [.. EvidenceLevels.Names, EvidenceLevels.Name((EvidenceLevel?)null)];

    // One worker's buffer and JSON writer, reused for each of its entries: an entry is a few hundred bytes, and there are as
    // many as records and terms.
    private sealed class EntryWriter : IDisposable
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Json { get; }

        private EntryWriter() => Json = new Utf8JsonWriter(Buffer, Options);

        public static EntryWriter Create() => new();

        public static void Dispose(EntryWriter writer) => writer.Dispose();

        public void Reset()
        {
            Buffer.ResetWrittenCount();
            Json.Reset(Buffer);
        }

        public void Dispose() => Json.Dispose();
    }

    private static byte[] TermEntry(EntryWriter writer, string key, int[] records, int[] scores)
    {
        writer.Reset();
        var (buffer, json) = (writer.Buffer, writer.Json);
        json.WriteStartObject();
        json.WriteStartArray(key);
        var previous = 0;
        for (var i = 0; i < records.Length; i++)
        {
            json.WriteNumberValue(records[i] - previous);
            json.WriteNumberValue(scores[i]);
            previous = records[i];
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();

        // The property alone, without the object's braces: the shard joins many.
        return buffer.WrittenSpan[1..^1].ToArray();
    }

    private static byte[] RecordEntry(EntryWriter writer, SearchRecord record, int kind)
    {
        writer.Reset();
        var (buffer, json) = (writer.Buffer, writer.Json);
        json.WriteStartArray();
        json.WriteNumberValue(kind);
        json.WriteStringValue(record.Title);
        json.WriteStringValue(record.Url);
        json.WriteStringValue(record.Text);
        json.WriteStartArray();
        foreach (var level in record.Levels)
        {
            json.WriteStringValue(level);
        }

        json.WriteEndArray();
        if (record.Details is { } details)
        {
            json.WriteStringValue(details);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndArray();
        json.Flush();

        return buffer.WrittenSpan.ToArray();
    }

    // Consecutive entries, a new shard started when the next entry would take the shard past its size.
    private static List<Range> Shards(byte[][] entries, int bytes)
    {
        var shards = new List<Range>();
        var start = 0;
        var size = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > start && size + entries[i].Length + 1 > bytes)
            {
                shards.Add(start..i);
                (start, size) = (i, 0);
            }

            size += entries[i].Length + 1;
        }

        if (entries.Length > start || shards.Count == 0)
        {
            shards.Add(start..entries.Length);
        }

        return shards;
    }

    // The entries between brackets, comma-separated, and a newline: written into an array of exactly that size.
    private static byte[] Joined(byte[][] entries, Range range, byte open, byte close)
    {
        var (offset, count) = range.GetOffsetAndLength(entries.Length);
        var length = 2 + Math.Max(0, count - 1) + 1;
        for (var i = offset; i < offset + count; i++)
        {
            length += entries[i].Length;
        }

        var joined = new byte[length];
        var at = 0;
        joined[at++] = open;
        for (var i = offset; i < offset + count; i++)
        {
            if (i > offset)
            {
                joined[at++] = (byte)',';
            }

            entries[i].CopyTo(joined, at);
            at += entries[i].Length;
        }

        joined[at++] = close;
        joined[at] = (byte)'\n';
        return joined;
    }

    // For each of LevelNames, one bit per record: whether the record carries that level. One pass over the records, which
    // a dense site has a hundred and forty thousand of.
    private static byte[][] LevelBits(IReadOnlyList<SearchRecord> records)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < LevelNames.Count; l++)
        {
            index[LevelNames[l]] = l;
        }

        var bits = new byte[LevelNames.Count][];
        for (var l = 0; l < bits.Length; l++)
        {
            bits[l] = new byte[(records.Count + 7) / 8];
        }

        for (var r = 0; r < records.Count; r++)
        {
            foreach (var level in records[r].Levels)
            {
                if (index.TryGetValue(level, out var l))
                {
                    bits[l][r / 8] |= (byte)(1 << (r % 8));
                }
            }
        }

        return bits;
    }

    private static byte[] LevelFile(byte[] bits)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("bits", Convert.ToBase64String(bits));
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Manifest(
        IReadOnlyList<SearchRecord> records, IReadOnlyList<int> kindOf, SearchPostings postings, List<Range> termShards, List<Range> recordShards, IReadOnlyList<string> levels)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteNumber("records", records.Count);
            json.WriteNumber("minTermLength", SearchTokenizer.MinTermLength);
            json.WriteNumber("maxTermLength", SearchTokenizer.MaxTermLength);
            json.WriteStartArray("prefixLengths");
            foreach (var length in SearchIndexer.PrefixLengths)
            {
                json.WriteNumberValue(length);
            }

            json.WriteEndArray();
            json.WriteStartArray("kinds");
            for (var k = 0; k < SearchRecordKind.All.Count; k++)
            {
                // The first record of the kind: records of one kind are numbered together.
                var first = Enumerable.Range(0, records.Count).FirstOrDefault(r => kindOf[r] >= k, records.Count);
                json.WriteStartArray();
                json.WriteStringValue(SearchRecordKind.All[k]);
                json.WriteNumberValue(first);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("levels");
            foreach (var level in levels)
            {
                json.WriteStringValue(level);
            }

            json.WriteEndArray();
            json.WriteStartArray("terms");
            foreach (var shard in termShards)
            {
                json.WriteStringValue(postings.Keys[shard.Start.Value]);
            }

            json.WriteEndArray();
            json.WriteStartArray("recordShards");
            var previous = 0;
            foreach (var shard in recordShards)
            {
                json.WriteNumberValue(shard.Start.Value - previous);
                previous = shard.Start.Value;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
