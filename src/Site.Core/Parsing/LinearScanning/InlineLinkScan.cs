using Markdig.Helpers;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// Whether an inline link can close at a <c>](</c> of one paragraph: Markdig's own reading of the destination and
/// the title (<c>LinkHelper.TryParseInlineLink</c>), step for step, with what is long to find remembered across the
/// openers that share it: where a destination's run of characters ends, where its parentheses first fall below
/// their level (the next lower prefix balance, found for the whole run at once), and where a title closes. Each
/// character is then read a bounded number of times however many openers there are.
/// </summary>
internal sealed class InlineLinkScan
{
    // A destination shorter than this is read as Markdig reads it; a longer one through its run's balances.
    private const int ShortRun = 256;

    private readonly TitleEnd _doubleQuoted = new('"');
    private readonly TitleEnd _singleQuoted = new('\'');
    private readonly TitleEnd _parenthesized = new(')');
    private string? _text;
    private int _end;

    // The run of destination characters last found: [_runStart, _runEnd), and its balances when it was long.
    private int _runStart = int.MaxValue;
    private int _runEnd;
    private int[]? _balance;
    private int[]? _nextLower;

    /// <summary>True when an inline link may close for the '(' at <paramref name="open"/>, false when it cannot.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="open">Where the '(' after ']' is.</param>
    /// <param name="end">The paragraph's last character (inclusive).</param>
    public bool CanClose(string text, int open, int end)
    {
        if (!ReferenceEquals(text, _text) || end != _end)
        {
            (_text, _end, _runStart, _balance, _nextLower) = (text, end, int.MaxValue, null, null);
        }

        var start = SkipWhitespace(text, open + 1, end);
        int after;
        if (start <= end && text[start] == '<')
        {
            after = AngleDestinationEnd(text, start, end);
        }
        else
        {
            after = PlainDestinationEnd(text, start, end, out var closesLink);
            if (closesLink)
            {
                return true;
            }
        }

        if (after < 0)
        {
            return false;
        }

        var next = SkipWhitespace(text, after, end);
        if (next > end)
        {
            return false;
        }

        if (text[next] == ')')
        {
            return true;
        }

        if (next == after)
        {
            // A title is only read after white space.
            return false;
        }

        var title = text[next] switch
        {
            '"' => _doubleQuoted,
            '\'' => _singleQuoted,
            '(' => _parenthesized,
            _ => null,
        };
        if (title?.Close(text, next, end) is not { } close || close < 0)
        {
            return false;
        }

        var last = SkipWhitespace(text, close + 1, end);
        return last <= end && text[last] == ')';
    }

    private static int SkipWhitespace(string text, int position, int end)
    {
        while (position <= end && text[position].IsWhitespace())
        {
            position++;
        }

        return position;
    }

    /// <summary>After the '&gt;' of a destination in angle brackets starting at <paramref name="start"/>, or -1.</summary>
    private static int AngleDestinationEnd(string text, int start, int end)
    {
        var escaped = false;
        for (var i = start + 1; ; i++)
        {
            var c = i <= end ? text[i] : '\0';
            if (!escaped && c == '>')
            {
                return i + 1;
            }

            if (!escaped && c == '<')
            {
                return -1;
            }

            if (escaped)
            {
                escaped = false;
            }
            else if (c == '\\')
            {
                escaped = true;
                continue;
            }

            if (c is '\n' or '\r' or '\0')
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Where a destination of plain characters from <paramref name="start"/> stops (white space, a control character,
    /// the end, or a ')' its parentheses do not open), or -1 when its parentheses are left open.
    /// </summary>
    private int PlainDestinationEnd(string text, int start, int end, out bool closesLink)
    {
        closesLink = false;
        if (start < _runStart || start >= _runEnd)
        {
            (_runStart, _runEnd, _balance, _nextLower) = (start, start, null, null);
            while (_runEnd <= end && !IsEndOfDestination(text[_runEnd]))
            {
                _runEnd++;
            }
        }

        if (_runEnd - start <= ShortRun)
        {
            return ReadPlainDestination(text, start, end, out closesLink);
        }

        if (_balance is null)
        {
            Balance(text);
        }

        var k = start - _runStart;
        if (_nextLower![k] >= 0)
        {
            // A ')' below the level it started at ends the destination, and the link.
            closesLink = true;
            return _runStart + _nextLower[k] - 1;
        }

        return _balance![^1] - _balance[k] > 0 ? -1 : _runEnd;
    }

    /// <summary>Markdig's loop (<c>LinkHelper.TryParseUrl</c>), for a short run.</summary>
    private static int ReadPlainDestination(string text, int start, int end, out bool closesLink)
    {
        closesLink = false;
        var (escaped, opened) = (false, 0);
        for (var i = start; ; i++)
        {
            var c = i <= end ? text[i] : '\0';
            if (c == '(' && !escaped)
            {
                opened++;
            }

            if (c == ')' && !escaped && --opened < 0)
            {
                closesLink = true;
                return i;
            }

            if (escaped)
            {
                escaped = false;
            }
            else if (c == '\\')
            {
                escaped = true;
                continue;
            }

            if (IsEndOfDestination(c))
            {
                return opened > 0 ? -1 : i;
            }
        }
    }

    /// <summary>The balance of unescaped parentheses before each position of the run, and for each the next position where it is lower.</summary>
    private void Balance(string text)
    {
        var length = _runEnd - _runStart;
        var balance = new int[length + 1];
        var escaped = false;
        for (var i = 0; i < length; i++)
        {
            var c = text[_runStart + i];
            balance[i + 1] = balance[i] + (escaped ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0);
            escaped = !escaped && c == '\\';
        }

        var nextLower = new int[length + 1];
        var stack = new Stack<int>();
        for (var i = length; i >= 0; i--)
        {
            while (stack.TryPeek(out var top) && balance[top] >= balance[i])
            {
                stack.Pop();
            }

            nextLower[i] = stack.TryPeek(out var lower) ? lower : -1;
            stack.Push(i);
        }

        (_balance, _nextLower) = (balance, nextLower);
    }

    // Markdig's IsEndOfUri for links: the end, white space or a control character.
    private static bool IsEndOfDestination(char c) => c == '\0' || c.IsSpaceOrTab() || c.IsControl();

    /// <summary>
    /// Where a title opened by one kind of character closes (<c>LinkHelper.TryParseTitle</c>): at the first unescaped
    /// closing character, failing at a blank line or the end. What a reading found holds for every opener before it.
    /// </summary>
    private sealed class TitleEnd(char closing)
    {
        private string? _text;
        private int _end;
        private int _from = int.MaxValue;
        private int _stop;
        private bool _closed;

        /// <summary>The closing character's position for the title opened at <paramref name="open"/>, or -1.</summary>
        public int Close(string text, int open, int end)
        {
            if (!ReferenceEquals(text, _text) || end != _end || open <= _from || open >= _stop)
            {
                (_text, _end, _from) = (text, end, open);
                (_stop, _closed) = Read(text, open, end);
            }

            return _closed ? _stop : -1;
        }

        private (int Stop, bool Closed) Read(string text, int open, int end)
        {
            var (escaped, blank) = (false, false);
            for (var i = open + 1; ; i++)
            {
                var c = i <= end ? text[i] : '\0';
                if (c == '\0')
                {
                    return (i, false);
                }

                if (c is '\r' or '\n')
                {
                    if (blank)
                    {
                        return (i, false);
                    }

                    escaped = false;
                    if (c == '\r' && i + 1 <= end && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    blank = true;
                }
                else if (escaped)
                {
                    escaped = false;
                }
                else if (c == closing)
                {
                    return (i, true);
                }
                else if (c == '\\')
                {
                    (escaped, blank) = (true, false);
                }
                else if (blank && !c.IsSpaceOrTab())
                {
                    blank = false;
                }
            }
        }
    }
}
