namespace Site.Core.Parsing;

/// <summary>
/// A quick look at a markdown body, line by line, for containers (block quotes, list items and <c>:::</c> containers)
/// nested deeper than the parser takes, done before the parser: Markdig reads every line through every container
/// open on it, so its cost for such nesting grows with the square of its depth (a list indented one level more on
/// each of 3,000 lines takes a minute), and only then would it say the nesting is too deep.
/// The scan keeps the containers open from line to line as Markdig does (a list inside a quote, a container inside a
/// list item), and fenced code as the leaf it is. Where it cannot tell for certain what Markdig would do it closes
/// what is open (a line that only a lazy continuation would keep in its containers, unless it is plain text after a
/// paragraph), so its depth is a lower bound of the parser's own: a body it passes may still be found too deep after
/// parsing, and one it stops is too deep for certain.
/// </summary>
internal static class NestingScan
{
    /// <summary>The offset in <paramref name="text"/> of the first marker nested more than <paramref name="limit"/> deep, or -1.</summary>
    public static int FirstTooDeep(string text, int start, int limit)
    {
        var state = new State(text, limit);
        for (var lineStart = start; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOfAny(['\n', '\r'], lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var found = state.Line(lineStart, lineEnd);
            if (found >= 0)
            {
                return found;
            }

            // "\r\n" is one line break.
            lineStart = lineEnd + (lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return -1;
    }

    private enum Kind
    {
        Quote,
        Item,
        Container,
    }

    /// <summary>An open container. For a list item, the column its content starts at; for a <c>:::</c> container, its colons.</summary>
    private record struct Open(Kind Kind, int Column, int Colons, bool Empty);

    // The block-level tag names that start an HTML block ending at a blank line (CommonMark's sixth kind).
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ];

    private sealed class State(string text, int limit)
    {
        private readonly List<Open> _open = [];

        // Fenced code: its fence, and how many containers it is inside.
        private (char Char, int Length, int Depth) _code;

        // An HTML block, whose lines open nothing: what ends it (null for a blank line), and how many containers it is inside.
        private (bool Open, string? End, int Depth) _html;

        // The last line was text that a paragraph may go on with: an ordered list not starting at 1, an empty list item and
        // a line of HTML of the seventh kind cannot interrupt it.
        private bool _text;

        // The last line left a paragraph open in the innermost container: a plain line may continue it lazily.
        private bool _paragraph;

        // What is asked of one line again and again, found once: each container on a line asks where its
        // indentation ends and whether the line closes it, and a line of markers asks whether it is a thematic break.
        private (int From, int To, int Column) _spaces;
        private (int At, bool Closes, int Colons) _fence;
        private (int Dash, int Star, int Underscore) _lastOther;

        public int Line(int start, int end)
        {
            (_spaces, _fence, _lastOther) = ((-1, -1, 0), (-1, false, 0), (-2, -2, -2));
            var (position, column) = (start, 0);
            var matched = 0;
            var blank = IsBlank(start, end);
            for (; matched < _open.Count; matched++)
            {
                var open = _open[matched];
                if (open.Kind == Kind.Quote)
                {
                    var (at, atColumn) = SkipSpaces(position, end, column);
                    if (at == end || atColumn - column > 3 || text[at] != '>')
                    {
                        break;
                    }

                    (position, column) = (at + 1, atColumn + 1);
                    if (position < end && text[position] == ' ')
                    {
                        (position, column) = (position + 1, column + 1);
                    }
                }
                else if (open.Kind == Kind.Item)
                {
                    if (blank)
                    {
                        // An item may start with one blank line, not two.
                        if (open.Empty)
                        {
                            break;
                        }

                        continue;
                    }

                    var (at, atColumn) = SkipSpaces(position, end, column);
                    if (atColumn < open.Column)
                    {
                        break;
                    }

                    _open[matched] = open with { Empty = false };
                    // The item's indentation is its own; what is indented past it belongs to what it holds.
                    while (position < at && column < open.Column)
                    {
                        column = text[position] == '\t' ? column + 4 - (column % 4) : column + 1;
                        position++;
                    }
                }
                else if (ClosesContainer(position, end, column, open.Colons))
                {
                    // A closing fence closes the outermost container it can close, and all it holds.
                    Close(matched);
                    return -1;
                }
            }

            if (_code.Length > 0)
            {
                if (matched >= _code.Depth)
                {
                    if (ClosesCode(position, end, column))
                    {
                        _code = default;
                    }

                    return -1;
                }

                // Code is never continued lazily: the containers it was in are closed, and it with them.
                _code = default;
                _paragraph = false;
            }

            if (_html.Open)
            {
                if (matched >= _html.Depth)
                {
                    if (_html.End is null ? blank : text.AsSpan(position, end - position).Contains(_html.End, StringComparison.OrdinalIgnoreCase))
                    {
                        _html = default;
                    }

                    _text = false;
                    return -1;
                }

                _html = default;
            }

            if (matched < _open.Count)
            {
                if (_paragraph && !blank && IsPlainText(position, end))
                {
                    // A lazy continuation of the paragraph keeps every container open.
                    return -1;
                }

                Close(matched);
            }

            return blank ? Blank() : Openers(position, end, column);
        }

        private int Blank()
        {
            (_paragraph, _text) = (false, false);
            return -1;
        }

        private void Close(int from)
        {
            _open.RemoveRange(from, _open.Count - from);
            (_paragraph, _text) = (false, false);
        }

        // What the rest of the line opens, one container after another, and what it leaves open.
        private int Openers(int position, int end, int column)
        {
            while (true)
            {
                var (at, atColumn) = SkipSpaces(position, end, column);
                if (at == end)
                {
                    // A marker with nothing after it: an empty item, or a quote with nothing in it yet.
                    _paragraph = false;
                    return -1;
                }

                if (atColumn - column >= 4)
                {
                    // Indented code, unless it continues a paragraph: nothing on it opens a container.
                    return -1;
                }

                var c = text[at];
                if (c is '`' or '~' && Run(at, end, c) is >= 3 and var length && (c == '~' || text.AsSpan(at + length, end - at - length).IndexOf('`') < 0))
                {
                    _code = (c, length, _open.Count);
                    (_paragraph, _text) = (false, false);
                    return -1;
                }

                if (c == '<' && HtmlBlockEnd(at, end) is { } html)
                {
                    var ends = html.Length > 0 && text.AsSpan(at, end - at).Contains(html, StringComparison.OrdinalIgnoreCase);
                    _html = ends ? default : (true, html.Length == 0 ? null : html, _open.Count);
                    (_paragraph, _text) = (false, false);
                    return -1;
                }

                if (c is '-' or '*' or '_' && IsThematicBreak(at, end, c))
                {
                    (_paragraph, _text) = (false, false);
                    return -1;
                }

                Open opened;
                int markerEnd;
                if (c == '>')
                {
                    opened = new Open(Kind.Quote, 0, 0, false);
                    markerEnd = at + 1;
                }
                else if (c == ':' && Run(at, end, ':') is >= 3 and var colons)
                {
                    if (_open.Count >= limit)
                    {
                        return at;
                    }

                    _open.Add(new Open(Kind.Container, 0, colons, false));
                    (_paragraph, _text) = (false, false);
                    return -1;
                }
                else if ((markerEnd = ListMarkerEnd(at, end)) >= 0)
                {
                    var markerColumn = atColumn + (markerEnd - at);
                    var (after, afterColumn) = SkipSpaces(markerEnd, end, markerColumn);
                    var empty = after == end;
                    // After a paragraph only an item with content, and of an ordered list only one starting at 1, begins a list.
                    if (_text && (empty || (char.IsAsciiDigit(c) && (markerEnd - at != 2 || c != '1'))))
                    {
                        return -1;
                    }

                    // The item's content starts after one to four spaces; with more, or none, one column after the marker.
                    var content = empty || afterColumn - markerColumn > 4 ? markerColumn + 1 : afterColumn;
                    opened = new Open(Kind.Item, content, 0, empty);
                }
                else
                {
                    // Text or a heading: a leaf; only plain text surely leaves a paragraph open for the next line. A line
                    // of '=' under text makes it a heading, which leaves none.
                    var heading = IsAtxHeading(at, end) || (_text && c == '=' && IsBlank(at + Run(at, end, '='), end));
                    _paragraph = !heading && IsPlainText(at, end);
                    _text = !heading;
                    return -1;
                }

                if (_open.Count >= limit)
                {
                    return at;
                }

                _open.Add(opened);
                (_paragraph, _text) = (false, false);
                (position, column) = (markerEnd, atColumn + (markerEnd - at));
                if (c == '>' && position < end && text[position] == ' ')
                {
                    (position, column) = (position + 1, column + 1);
                }
            }
        }

        /// <summary>
        /// What ends the HTML block a line starting with '&lt;' at <paramref name="position"/> opens: the text its last line
        /// holds, "" for a blank line, or null when the line opens none (CommonMark's seven kinds; the seventh, a whole tag
        /// alone on its line, only when no text precedes it and only without attributes, the rest being left as text).
        /// </summary>
        private string? HtmlBlockEnd(int position, int end)
        {
            var line = text.AsSpan(position, end - position);
            if (line.StartsWith("<!--", StringComparison.Ordinal))
            {
                return "-->";
            }

            if (line.StartsWith("<?", StringComparison.Ordinal))
            {
                return "?>";
            }

            if (line.StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                return "]]>";
            }

            if (line.Length > 2 && line[1] == '!' && char.IsAsciiLetter(line[2]))
            {
                return ">";
            }

            var closing = line.Length > 1 && line[1] == '/';
            var nameStart = closing ? 2 : 1;
            var nameEnd = nameStart;
            while (nameEnd < line.Length && (char.IsAsciiLetterOrDigit(line[nameEnd]) || (nameEnd > nameStart && line[nameEnd] == '-')))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(line[nameStart]))
            {
                return null;
            }

            var name = line[nameStart..nameEnd].ToString().ToLowerInvariant();
            var after = line[nameEnd..];
            if (!closing && name is "script" or "pre" or "style" or "textarea" && (after.IsEmpty || after[0] is ' ' or '\t' or '>'))
            {
                return $"</{name}>";
            }

            if (BlockTags.Contains(name) && (after.IsEmpty || after[0] is ' ' or '\t' or '>' || after.StartsWith("/>", StringComparison.Ordinal)))
            {
                return "";
            }

            var rest = after.TrimStart(' ');
            return !_text && (rest.StartsWith('>') || (!closing && rest.StartsWith("/>", StringComparison.Ordinal)))
                && rest[(rest[0] == '>' ? 1 : 2)..].IsWhiteSpace()
                ? ""
                : null;
        }

        // A line of at least as many colons as the container opened with, and nothing after them.
        private bool ClosesContainer(int position, int end, int column, int colons)
        {
            if (_fence.At != position)
            {
                var (at, atColumn) = SkipSpaces(position, end, column);
                var run = Run(at, end, ':');
                _fence = (position, atColumn - column <= 3 && run > 0 && IsBlank(at + run, end), run);
            }

            return _fence.Closes && _fence.Colons >= colons;
        }

        private bool ClosesCode(int position, int end, int column)
        {
            var (at, atColumn) = SkipSpaces(position, end, column);
            var run = Run(at, end, _code.Char);
            return atColumn - column <= 3 && run >= _code.Length && IsBlank(at + run, end);
        }

        // Three or more of one of '-', '*', '_' and nothing else but spaces: a thematic break, which comes before a list item.
        private bool IsThematicBreak(int position, int end, char c)
        {
            // The last character of the line that is neither c nor a space, found once per line for each c.
            ref var last = ref c == '-' ? ref _lastOther.Dash : ref c == '*' ? ref _lastOther.Star : ref _lastOther.Underscore;
            if (last == -2)
            {
                last = end - 1;
                while (last >= position && text[last] is ' ' or '\t' || (last >= position && text[last] == c))
                {
                    last--;
                }
            }

            if (last >= position)
            {
                return false;
            }

            var count = 0;
            for (var i = position; i < end && count < 3; i++)
            {
                count += text[i] == c ? 1 : 0;
            }

            return count >= 3;
        }

        // One to six '#' and then a space or nothing.
        private bool IsAtxHeading(int position, int end)
        {
            var run = Run(position, end, '#');
            return run is >= 1 and <= 6 && (position + run == end || text[position + run] is ' ' or '\t');
        }

        // Starts with a letter, or digits that are not a list marker: no block starts so, and after a paragraph it goes on with it.
        private bool IsPlainText(int position, int end)
        {
            var at = position;
            while (at < end && text[at] is ' ' or '\t')
            {
                at++;
            }

            return at < end && (char.IsLetter(text[at]) || (char.IsAsciiDigit(text[at]) && ListMarkerEnd(at, end) < 0));
        }

        // '-', '+' or '*', or one to nine digits and '.' or ')', followed by white space or the end of the line.
        private int ListMarkerEnd(int position, int end)
        {
            var c = text[position];
            var markerEnd = -1;
            if (c is '-' or '+' or '*')
            {
                markerEnd = position + 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                var digits = position;
                while (digits < end && digits - position < 9 && char.IsAsciiDigit(text[digits]))
                {
                    digits++;
                }

                if (digits < end && text[digits] is '.' or ')')
                {
                    markerEnd = digits + 1;
                }
            }

            return markerEnd >= 0 && (markerEnd == end || text[markerEnd] is ' ' or '\t') ? markerEnd : -1;
        }

        private bool IsBlank(int position, int end) => text.AsSpan(position, end - position).IndexOfAnyExcept(' ', '\t') < 0;

        private (int Position, int Column) SkipSpaces(int position, int end, int column)
        {
            if (position >= _spaces.From && position <= _spaces.To)
            {
                // Within white space already crossed: columns count from the start of the line, so its end is the same.
                return (_spaces.To, _spaces.Column);
            }

            var from = position;
            while (position < end && text[position] is ' ' or '\t')
            {
                column = text[position] == '\t' ? column + 4 - (column % 4) : column + 1;
                position++;
            }

            _spaces = (from, position, column);
            return (position, column);
        }

        private int Run(int position, int end, char c)
        {
            var run = position;
            while (run < end && text[run] == c)
            {
                run++;
            }

            return run - position;
        }
    }
}
