using Markdig.Syntax.Inlines;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.PinnedAnchors;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing;

/// <summary>
/// The text readers see of an inline tree, piece by piece in reading order: literal text, code, entities
/// as the characters they stand for, autolinks as their URL, escaped raw HTML as written, a wiki link as
/// its label or its target's title, and a line break as a space. A citation in brackets is a piece with no text; an
/// author-in-text citation a piece with the words it reads as (the authors' names, or the key as written when it names
/// no reference), given by the caller who knows the references.
/// What a claim's text and a quoted passage are both made of.
/// </summary>
internal static class InlineText
{
    /// <summary>Receives one piece: its text (empty for a citation) and the inline it comes from.</summary>
    public delegate void Piece(ReadOnlySpan<char> text, Inline source);

    /// <summary>Hands every piece of <paramref name="inline"/> to <paramref name="piece"/>, in order.</summary>
    /// <param name="inline">The tree, or null (no pieces).</param>
    /// <param name="titleOf">The text of a wiki link without a label (the target's title).</param>
    /// <param name="piece">What to do with each piece.</param>
    /// <param name="wordsOf">How an author-in-text citation reads; without it, every citation is a piece with no text.</param>
    public static void Walk(Inline? inline, Func<WikiLink, string> titleOf, Piece piece, Func<CitationGroup, InTextWords?>? wordsOf = null)
    {
        switch (inline)
        {
            case CitationGroup citation:
                piece(wordsOf?.Invoke(citation) is { } words ? words.Text : [], citation);
                break;
            case LiteralInline literal:
                piece(literal.Content.AsSpan(), literal);
                break;
            case CodeInline code:
                piece(code.Content, code);
                break;
            case LineBreakInline lineBreak:
                piece(" ", lineBreak);
                break;
            case HtmlEntityInline entity:
                piece(entity.Transcoded.AsSpan(), entity);
                break;
            case AutolinkInline autolink:
                piece(autolink.Url, autolink);
                break;
            case HtmlInline html:
                piece(html.Tag, html);
                break;
            case PinnedAnchor pin:
                piece(pin.Text, pin);
                break;
            case WikiLink wiki:
                piece(wiki.Label ?? titleOf(wiki), wiki);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Walk(child, titleOf, piece, wordsOf);
                }

                break;
        }
    }
}
