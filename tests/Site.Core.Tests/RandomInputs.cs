using System.Globalization;
using System.Text;

namespace Site.Core.Tests;

/// <summary>
/// Randomised inputs for the parsers we own, from a fixed seed: each input strings together pieces drawn
/// from a vocabulary (a syntax's special characters and fragments, words, every kind of line break, odd
/// characters), so that a failure names its seed and its input and can be replayed.
/// </summary>
internal static class RandomInputs
{
    /// <summary>Pieces every vocabulary mixes in: blanks and line breaks of each kind, punctuation, escapes and characters that trip text handling up.</summary>
    public static IReadOnlyList<string> Common { get; } =
    [
        " ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u00A0", "\u2028", "\0",
        "word", "Ketamine", "it", "42", "é", "日本", "😀", "\uD800", "\uFFFC",
        ".", ",", ";", ":", "-", "_", "\\", "|", "#", "*", "`", "!", "?", "(", ")", "\"", "'", "<", ">", "&",
    ];

    /// <summary>Runs <paramref name="check"/> on <paramref name="count"/> inputs; any failure is reported with the seed, the input's number and the input itself.</summary>
    public static void Check(int seed, int count, Func<Random, string> generate, Action<string> check)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var input = generate(random);
            try
            {
                check(input);
            }
            catch (Exception e)
            {
                throw new ShouldAssertException($"seed {seed}, input {i + 1} of {count}: \"{Escape(input)}\"{Environment.NewLine}{e.GetType().Name}: {e.Message}", e);
            }
        }
    }

    /// <summary>Up to <paramref name="maxPieces"/> pieces, each from <paramref name="vocabulary"/> or <see cref="Common"/>.</summary>
    public static string Text(Random random, IReadOnlyList<string> vocabulary, int maxPieces)
    {
        var text = new StringBuilder();
        var pieces = random.Next(maxPieces + 1);
        for (var i = 0; i < pieces; i++)
        {
            text.Append(random.Next(3) == 0 ? Common[random.Next(Common.Count)] : vocabulary[random.Next(vocabulary.Count)]);
        }

        return text.ToString();
    }

    // The input as a C# string literal would write it, so it can be pasted into a test.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when c < ' ' || c > '~' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
