using Markdig.Parsers;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// What the replaced parsers keep while Markdig reads one paragraph, held in the link parser's slot of the
/// processor's parser states (Markdig clears them for each paragraph), so that the emphasis parser counts into the
/// same open delimiters.
/// </summary>
internal sealed class ParagraphState
{
    /// <summary>The delimiters and brackets open.</summary>
    public OpenDelimiters Open { get; } = new();

    /// <summary>Where inline links can close.</summary>
    public InlineLinkScan Links { get; } = new();

    /// <summary>The state of the paragraph <paramref name="processor"/> is reading, kept in <paramref name="holder"/>'s slot.</summary>
    public static ParagraphState Of(InlineProcessor processor, LinearLinkInlineParser holder) => processor.GetParserState(holder, static () => new ParagraphState());
}
