using System.Text.Json;
using Site.Core.Loading;

namespace Site.Core.Editions;

/// <summary>
/// Reads an edition from its <c>claims.json</c>, or from a built site's folder that holds one. Tolerant of what it does not
/// need: unknown fields are skipped, and <c>keys</c>, <c>evidence</c> and <c>references</c> (with a <c>status</c> per
/// work, when the edition has them) may be absent. Strict about the rest: every claim needs a page, an anchor and a text.
/// </summary>
public static class EditionReader
{
    /// <summary>The largest claims.json read (256 MiB, about 500,000 claims): a larger file is refused before it is read.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    // A claims.json nests four deep (list, claim, references, reference); a little room, no more.
    private const int MaxDepth = 8;

    /// <summary>The name of the claims file in a built site.</summary>
    public const string FileName = "claims.json";

    /// <summary>Reads the edition at <paramref name="path"/>, a claims.json or a folder holding one.</summary>
    /// <param name="path">The file or folder, absolute or relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="workingDirectory">Where relative paths start.</param>
    /// <exception cref="EditionReadException">It cannot be read; the message says why, naming <paramref name="path"/>.</exception>
    public static Edition Read(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        var real = FileSystemEntries.RealPath(full)
            ?? throw new EditionReadException($"'{path}' is a symbolic link that leads nowhere");
        var kind = FileSystemEntries.KindOf(real);
        var shown = path;
        if (kind == FileKind.Directory)
        {
            shown = Path.Combine(path, FileName);
            real = FileSystemEntries.RealPath(Path.Combine(real, FileName))
                ?? throw new EditionReadException($"'{shown}' is a symbolic link that leads nowhere");
            kind = FileSystemEntries.KindOf(real);
            if (kind == FileKind.Missing)
            {
                throw new EditionReadException($"'{path}' is a folder without {FileName}; give a built site's output folder or its {FileName}");
            }
        }

        if (kind != FileKind.Regular)
        {
            throw new EditionReadException(kind == FileKind.Missing
                ? $"'{path}' does not exist"
                : $"'{shown}' is {FileSystemEntries.Describe(kind)}, not a {FileName}");
        }

        byte[] bytes;
        try
        {
            // A pipe or device was refused above, so the length is the file's and the read ends.
            var length = new FileInfo(real).Length;
            if (length > MaxBytes)
            {
                throw new EditionReadException($"'{shown}' is {length / (1024 * 1024)} MiB; a {FileName} of more than {MaxBytes / (1024 * 1024)} MiB is not read");
            }

            bytes = File.ReadAllBytes(real);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EditionReadException($"cannot read '{shown}': {e.Message}", e);
        }

        return Parse(bytes, shown);
    }

    /// <summary>Reads an edition from the bytes of a claims.json.</summary>
    /// <param name="json">The file's bytes, UTF-8.</param>
    /// <param name="shown">How messages name the file.</param>
    /// <exception cref="EditionReadException">The bytes are not a claims.json.</exception>
    public static Edition Parse(ReadOnlyMemory<byte> json, string shown)
    {
        if (json.Length > MaxBytes)
        {
            throw new EditionReadException($"'{shown}' is larger than {MaxBytes / (1024 * 1024)} MiB; it is not read");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw new EditionReadException($"'{shown}' is not JSON{where}: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw NotClaims(shown, $"its top level is {Describe(root.ValueKind)}, not a list of claims");
            }

            var claims = new List<EditionClaim>(root.GetArrayLength());
            var seen = new Dictionary<(string, string), int>();
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                index++;
                var claim = Claim(item, index, shown);
                if (!seen.TryAdd((claim.Page, claim.Anchor), index))
                {
                    throw NotClaims(shown, $"claims {seen[(claim.Page, claim.Anchor)]} and {index} are both {claim.Page}#{claim.Anchor}");
                }

                claims.Add(claim);
            }

            return new Edition(claims);
        }
    }

    private static EditionClaim Claim(JsonElement item, int index, string shown)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw NotClaims(shown, $"claim {index} is {Describe(item.ValueKind)}, not an object");
        }

        string Required(string name) =>
            item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw NotClaims(shown, $"claim {index} has no '{name}' text");

        var page = Required("page");
        var anchor = Required("anchor");
        var text = item.TryGetProperty("text", out var written) && written.ValueKind == JsonValueKind.String
            ? written.GetString()!
            : throw NotClaims(shown, $"claim {index} has no 'text' text");

        var statuses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var referenceKeys = new List<string>();
        if (item.TryGetProperty("references", out var references) && references.ValueKind == JsonValueKind.Array)
        {
            foreach (var reference in references.EnumerateArray())
            {
                if (reference.ValueKind == JsonValueKind.Object && Text(reference, "key") is { } key)
                {
                    referenceKeys.Add(key);
                    if (Text(reference, "status") is { } status)
                    {
                        statuses[key] = status;
                    }
                }
            }
        }

        // keys lists what the claim cites, resolved or not; an edition without it still names its references.
        var keys = item.TryGetProperty("keys", out var cited) && cited.ValueKind == JsonValueKind.Array ? Texts(cited) : referenceKeys;
        var evidence = item.TryGetProperty("evidence", out var levels) && levels.ValueKind == JsonValueKind.Array ? Texts(levels) : [];
        return new EditionClaim(page, anchor, text, [.. keys.Distinct(StringComparer.Ordinal)], evidence, statuses);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static List<string> Texts(JsonElement array) =>
        [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0)];

    private static EditionReadException NotClaims(string shown, string why) => new($"'{shown}' is not a {FileName}: {why}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // System.Text.Json appends the path and position in a second sentence; the line is given already.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
