namespace Site.Core.Styles;

/// <summary>Letters that count: a, b, ... z, then aa, ab... (year suffixes, back-link labels).</summary>
public static class Letters
{
    /// <summary>The letters of the <paramref name="index"/>th item, from 0: 0 is "a", 25 "z", 26 "aa".</summary>
    public static string Of(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Of(index / 26 - 1) + (char)('a' + index % 26);
}
