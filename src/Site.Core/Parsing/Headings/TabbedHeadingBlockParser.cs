using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Core.Parsing.Headings;

/// <summary>
/// Markdig's ATX heading parser, keeping source positions when a tab follows the '#'s (<c>#→Dosing</c>).
/// Markdig stops inside such a tab and copies the rest of the line into a new string, so every position in
/// the heading (links, citations) would count from the start of the line instead of the file. The tab is
/// only space before the heading's text, which is trimmed anyway: stepping over it changes nothing else.
/// </summary>
public sealed class TabbedHeadingBlockParser : HeadingBlockParser
{
    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var state = base.TryOpen(processor);
        if (state != BlockState.None && processor.Line.CurrentChar == '\t' && CharHelper.IsAcrossTab(processor.Column))
        {
            processor.Column = CharHelper.AddTab(processor.Column);
            processor.Line.Start++;
        }

        return state;
    }
}
