namespace Site.Core.Editions;

/// <summary>
/// How close two claims' texts are: the token-set (Jaccard) similarity of their words, where a word is a run of letters
/// or digits compared without case. Two texts are close when they share at least half of all the words either uses
/// (|A ∩ B| / |A ∪ B| ≥ 1/2): a one-word edit of a sentence of three words or more is close, an unrelated claim is not.
/// </summary>
public static class ClaimSimilarity
{
    /// <summary>The distinct words of a text, lower-cased.</summary>
    public static HashSet<string> Words(string text) => new(WordsInOrder(text), StringComparer.Ordinal);

    /// <summary>The words of a text in order, lower-cased, joined by single spaces: texts that differ only in case, spacing or punctuation are the same words.</summary>
    public static string Normalised(string text) => string.Join(' ', WordsInOrder(text));

    private static List<string> WordsInOrder(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The words two texts share and the words either uses: the similarity is their ratio.</summary>
    public static (int Shared, int Either) Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (shared, a.Count + b.Count - shared);
    }

    /// <summary>True when the overlap makes the texts close: at least half of all the words shared, and some word at all.</summary>
    public static bool IsClose((int Shared, int Either) overlap) => overlap.Shared > 0 && overlap.Shared * 2 >= overlap.Either;
}
