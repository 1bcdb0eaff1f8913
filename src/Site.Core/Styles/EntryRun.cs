namespace Site.Core.Styles;

/// <summary>
/// The output of one part of a style (a CSL macro or group): segments, or nothing when the data it
/// shows is missing. Delimiters, prefixes and suffixes are only added around something, which is how a
/// CSL group disappears with its punctuation when its variables are empty.
/// </summary>
internal sealed class EntryRun
{
    // Punctuation a following period merges into, as citeproc-js does: "et al." + ". " gives "et al. ",
    // "Why?" + "." gives "Why?", "Note:" + ". " gives "Note: ". A comma does not absorb it.
    private const string AbsorbsPeriod = ".?!:;";

    private EntryRun(IReadOnlyList<EntrySegment> segments) => Segments = segments;

    /// <summary>Nothing: a missing variable, or a group whose variables are all missing.</summary>
    public static EntryRun Empty { get; } = new([]);

    /// <summary>The segments, in reading order.</summary>
    public IReadOnlyList<EntrySegment> Segments { get; }

    /// <summary>Whether nothing is shown.</summary>
    public bool IsEmpty => Segments.Count == 0;

    /// <summary>One variable's text, or <see cref="Empty"/> when it is missing.</summary>
    public static EntryRun Of(string? text, EntryPart part, string? href = null) =>
        string.IsNullOrEmpty(text) ? Empty : new([new EntrySegment(text, part, href)]);

    /// <summary>Fixed wording of the style ("[Internet]"), shown whatever the data.</summary>
    public static EntryRun Words(string text) => Of(text, EntryPart.Punctuation);

    /// <summary>The runs that are not empty, with the delimiter between them (a CSL group).</summary>
    public static EntryRun Join(string delimiter, params ReadOnlySpan<EntryRun> runs)
    {
        var segments = new List<EntrySegment>();
        foreach (var run in runs)
        {
            if (run.IsEmpty)
            {
                continue;
            }

            if (segments.Count > 0)
            {
                AppendPunctuation(segments, delimiter);
            }

            segments.AddRange(run.Segments);
        }

        return segments.Count == 0 ? Empty : new EntryRun(segments);
    }

    /// <summary>This run set in italics (its punctuation inside it too), or nothing when the run is empty.</summary>
    public EntryRun Italic() => IsEmpty ? this : new([.. Segments.Select(s => s with { Italic = true })]);

    /// <summary>This run with a prefix and a suffix, or nothing when the run is empty.</summary>
    public EntryRun Wrap(string prefix, string suffix)
    {
        if (IsEmpty)
        {
            return this;
        }

        var segments = new List<EntrySegment>();
        AppendPunctuation(segments, prefix);
        segments.AddRange(Segments);
        AppendPunctuation(segments, suffix);
        return new EntryRun(segments);
    }

    private static void AppendPunctuation(List<EntrySegment> segments, string text)
    {
        if (text.StartsWith('.') && segments.Count > 0 && AbsorbsPeriod.Contains(segments[^1].Text[^1]))
        {
            text = text[1..];
        }

        if (text.Length > 0)
        {
            segments.Add(new EntrySegment(text, EntryPart.Punctuation));
        }
    }
}
