namespace Site.Core.Text;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
public static class DidYouMean
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/>, or null when none is close enough to be a
    /// plausible typo. A case-only difference always wins.
    /// </summary>
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, Math.Min(3, input.Length / 3));
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, input, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            if (Math.Abs(candidate.Length - input.Length) > limit)
            {
                continue;
            }

            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A hint sentence, or null when there is nothing to suggest.</summary>
    public static string? Hint(string input, IEnumerable<string> candidates) =>
        Find(input, candidates) is { } match ? $"did you mean '{match}'?" : null;

    /// <summary>Optimal string alignment distance: edits, with a swap of two neighbours counted once.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
