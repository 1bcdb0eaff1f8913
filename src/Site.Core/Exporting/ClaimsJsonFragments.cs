using System.Collections.Concurrent;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Rendering.Dependencies;

namespace Site.Core.Exporting;

/// <summary>
/// The lines of claims.json of one compilation, page by page, each with what it read of the site. A page's
/// lines are taken from the previous compilation's when every value they read is the same now, as a page is.
/// Thread-safe: claims.json is written in parallel, and may be asked for while the next compilation runs.
/// A one-shot build records nothing: it keeps no page's lines, only the whole file once it is written as bytes.
/// </summary>
public sealed class ClaimsJsonFragments
{
    private readonly ConcurrentDictionary<string, (PageRecord Record, byte[] Json)> _made = new(StringComparer.Ordinal);
    private readonly DependencyRecording? _recording;
    private ClaimsJsonFragments? _previous;

    /// <param name="recording">Records the reads and fingerprints them in this compilation; null in a compilation that is not followed by another (a build), which keeps no page's lines.</param>
    /// <param name="previous">The previous compilation's fragments, or null.</param>
    public ClaimsJsonFragments(DependencyRecording? recording, ClaimsJsonFragments? previous = null)
    {
        _recording = recording;
        _previous = previous;
        // Only one compilation back is ever asked: the chain of earlier ones is let go.
        if (previous is not null)
        {
            previous._previous = null;
        }
    }

    /// <summary>The whole file, once written for this compilation's graph.</summary>
    internal byte[]? File { get; set; }

    /// <summary>The lines of <paramref name="document"/>'s claims, reused or written by <paramref name="write"/> from a recording view of <paramref name="graph"/>.</summary>
    internal byte[] Of(SiteGraph graph, ParsedDocument document, Func<SiteGraph, byte[]> write)
    {
        if (_recording is null)
        {
            return write(graph);
        }

        var key = document.Source.RelativePath;
        if (_made.TryGetValue(key, out var made))
        {
            return made.Json;
        }

        if (_previous?._made.TryGetValue(key, out var before) == true && before.Record.Holds(_recording.Fingerprints))
        {
            _made.TryAdd(key, before);
            return before.Json;
        }

        var reads = _recording.NewReads();
        var view = graph.RecordingInto(reads);
        // The lines say where each claim is in its file: they read the whole document.
        view.Reading(document);
        view.BodyOf(document);
        var json = write(view);
        _made.TryAdd(key, (_recording.Record(reads), json));
        return json;
    }
}
