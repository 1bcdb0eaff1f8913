using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>
/// A passage that cites a reference, as its "Cited by" list shows it. The quote is taken from the
/// syntax tree when first asked for: a rebuild in preview re-links every citation but renders few
/// reference pages.
/// </summary>
public sealed class CitingPassage
{
    private readonly Lazy<string> _text;

    internal CitingPassage(ParsedDocument from, string anchor, Lazy<string> text)
    {
        From = from;
        Anchor = anchor;
        _text = text;
    }

    /// <summary>The citing page.</summary>
    public ParsedDocument From { get; }

    /// <summary>The id of the citation on that page, where the link lands.</summary>
    public string Anchor { get; }

    /// <summary>The passage (its paragraph, list item or table row) as plain text, citations left out.</summary>
    public string Text => _text.Value;
}
