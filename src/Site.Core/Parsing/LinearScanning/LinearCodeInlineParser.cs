using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// Code spans: Markdig looks for a closing run of the opener's length from each opener to the end of the paragraph,
/// so a paragraph of runs of every length (<c>e`e``e```…</c>) costs the square of its length. This one notes, once
/// per paragraph, where the last run of each length starts: an opener with no run of its length after it is text,
/// as Markdig would have found, and only the others are left to Markdig.
/// </summary>
internal sealed class LinearCodeInlineParser : CodeInlineParser
{
    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var match = slice.CurrentChar;
        if (slice.PeekCharExtra(-1) == match)
        {
            return false;
        }

        var runs = processor.GetParserState(this, static () => new BacktickRuns());
        runs.Prepare(slice, match);
        var length = 0;
        while (slice.PeekCharExtra(length) == match)
        {
            length++;
        }

        return runs.HasRunAfter(slice.Start, length) && base.Match(processor, ref slice);
    }

    /// <summary>The runs of one paragraph: the start of the last run of each length.</summary>
    private sealed class BacktickRuns
    {
        private readonly Dictionary<int, int> _lastStart = [];
        private string? _text;
        private int _end = -1;

        public void Prepare(StringSlice slice, char match)
        {
            if (ReferenceEquals(_text, slice.Text) && _end == slice.End)
            {
                return;
            }

            (_text, _end) = (slice.Text, slice.End);
            _lastStart.Clear();
            var text = slice.Text;
            for (var i = slice.Start; i <= slice.End;)
            {
                if (text[i] != match)
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i <= slice.End && text[i] == match)
                {
                    i++;
                }

                _lastStart[i - start] = start;
            }
        }

        public bool HasRunAfter(int start, int length) => _lastStart.TryGetValue(length, out var last) && last > start;
    }
}
