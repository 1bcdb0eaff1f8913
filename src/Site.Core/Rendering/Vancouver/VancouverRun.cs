namespace Site.Core.Rendering.Vancouver;

/// <summary>
/// The output of one part of the style (a CSL macro or group): segments, or nothing when the data it
/// shows is missing. Delimiters, prefixes and suffixes are only added around something, which is how a
/// CSL group disappears with its punctuation when its variables are empty.
/// </summary>
internal sealed class VancouverRun
{
    // Punctuation a following period merges into, as citeproc-js does: "et al." + ". " gives "et al. ",
    // "Why?" + "." gives "Why?", "Note:" + ". " gives "Note: ". A comma does not absorb it.
    private const string AbsorbsPeriod = ".?!:;";

    private VancouverRun(IReadOnlyList<VancouverSegment> segments) => Segments = segments;

    /// <summary>Nothing: a missing variable, or a group whose variables are all missing.</summary>
    public static VancouverRun Empty { get; } = new([]);

    /// <summary>The segments, in reading order.</summary>
    public IReadOnlyList<VancouverSegment> Segments { get; }

    /// <summary>Whether nothing is shown.</summary>
    public bool IsEmpty => Segments.Count == 0;

    /// <summary>One variable's text, or <see cref="Empty"/> when it is missing.</summary>
    public static VancouverRun Of(string? text, VancouverPart part, string? href = null) =>
        string.IsNullOrEmpty(text) ? Empty : new([new VancouverSegment(text, part, href)]);

    /// <summary>Fixed wording of the style ("[Internet]"), shown whatever the data.</summary>
    public static VancouverRun Words(string text) => Of(text, VancouverPart.Punctuation);

    /// <summary>The runs that are not empty, with the delimiter between them (a CSL group).</summary>
    public static VancouverRun Join(string delimiter, params ReadOnlySpan<VancouverRun> runs)
    {
        var segments = new List<VancouverSegment>();
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

        return segments.Count == 0 ? Empty : new VancouverRun(segments);
    }

    /// <summary>This run with a prefix and a suffix, or nothing when the run is empty.</summary>
    public VancouverRun Wrap(string prefix, string suffix)
    {
        if (IsEmpty)
        {
            return this;
        }

        var segments = new List<VancouverSegment>();
        AppendPunctuation(segments, prefix);
        segments.AddRange(Segments);
        AppendPunctuation(segments, suffix);
        return new VancouverRun(segments);
    }

    private static void AppendPunctuation(List<VancouverSegment> segments, string text)
    {
        if (text.StartsWith('.') && segments.Count > 0 && AbsorbsPeriod.Contains(segments[^1].Text[^1]))
        {
            text = text[1..];
        }

        if (text.Length > 0)
        {
            segments.Add(new VancouverSegment(text, VancouverPart.Punctuation));
        }
    }
}
