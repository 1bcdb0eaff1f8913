namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// The next occurrence of one string in one text, for positions that only move forward: what a search found from a
/// position is also the answer from any later position up to it, so each character is searched once.
/// </summary>
/// <param name="value">What to look for.</param>
internal sealed class ForwardSearch(string value)
{
    private string? _text;
    private int _from = int.MaxValue;
    private int _found;
    private int _end;

    /// <summary>The start of the first occurrence at or after <paramref name="from"/> that ends by <paramref name="end"/> (inclusive), or -1.</summary>
    public int Next(string text, int from, int end)
    {
        if (!ReferenceEquals(text, _text) || end != _end || from < _from || (_found >= 0 && from > _found))
        {
            (_text, _end, _from) = (text, end, from);
            var length = end - from + 1;
            var at = length <= 0 ? -1 : text.AsSpan(from, length).IndexOf(value, StringComparison.Ordinal);
            _found = at < 0 ? -1 : from + at;
        }

        return _found;
    }
}
