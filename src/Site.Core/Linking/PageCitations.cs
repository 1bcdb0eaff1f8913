using Site.Core.Parsing.Citations;

namespace Site.Core.Linking;

/// <summary>
/// The citations of one document, style-neutral: the works it cites in order of first citation, and the anchor
/// of every citation so the reference list can link back to it. The citation style turns this into numbers or
/// author-year labels.
/// </summary>
public sealed class PageCitations
{
    private readonly Dictionary<CitationGroup, string> _anchors;
    private readonly Dictionary<string, CitedWork> _byKey;

    internal PageCitations(IReadOnlyList<Citation> citations, IReadOnlyList<CitedWork> works)
    {
        Citations = citations;
        Works = works;
        _anchors = new Dictionary<CitationGroup, string>(ReferenceEqualityComparer.Instance);
        foreach (var citation in citations)
        {
            _anchors.TryAdd(citation.Group, citation.Anchor);
        }

        _byKey = works.ToDictionary(w => w.Reference.Id, StringComparer.Ordinal);
    }

    /// <summary>No citations.</summary>
    public static PageCitations None { get; } = new([], []);

    /// <summary>Every cited key, in document order, resolved or not.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Each cited reference once, in order of first citation.</summary>
    public IReadOnlyList<CitedWork> Works { get; }

    /// <summary>The id of a citation's element on the page.</summary>
    public string AnchorOf(CitationGroup group) => _anchors[group];

    /// <summary>The entry of a cited reference, or null when the key does not resolve.</summary>
    public CitedWork? WorkOf(string key) => _byKey.GetValueOrDefault(key);
}
