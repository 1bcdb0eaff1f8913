using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Markdig.Syntax;

namespace Site.Core.Parsing.Claims;

/// <summary>
/// The anchor a claim takes from its own text, so that no edit elsewhere on the page moves it: "claim-" and 8
/// characters of base32 (a-z, 2-7), the first 40 bits of the SHA-256 of its normalised text. At 100 claims on a
/// page two share a hash with odds of about 1 in 200 million; among 10,000 pages of 12 claims, about 1 in 1.6 million.
/// </summary>
public static class ClaimAnchors
{
    /// <summary>What every claim anchor, derived or pinned, starts with.</summary>
    public const string Prefix = "claim-";

    /// <summary>The number of base32 characters of the hash.</summary>
    public const int HashLength = 8;

    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>
    /// Whether <paramref name="id"/> may pin a claim: "claim-" and lower-case kebab after it ("claim-dose"). The
    /// prefix keeps pins apart from heading ids ("dose"), reference entries ("ref-KEY") and citations ("cite-3").
    /// </summary>
    public static bool IsValidPin(string id) =>
        id.Length > Prefix.Length && id.StartsWith(Prefix, StringComparison.Ordinal) && Text.Slug.IsKebab(id[Prefix.Length..]);

    /// <summary>The anchor derived from <paramref name="normalised"/> (see <see cref="Normalise"/>), before any "-2" for a repeat.</summary>
    public static string Derive(string normalised)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetBytes(normalised);
        SHA256.HashData(bytes, hash);
        // 40 bits, 5 at a time from the most significant.
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        Span<char> anchor = stackalloc char[Prefix.Length + HashLength];
        Prefix.AsSpan().CopyTo(anchor);
        for (var i = 0; i < HashLength; i++)
        {
            anchor[Prefix.Length + i] = Base32[(int)((bits >> (35 - (5 * i))) & 31)];
        }

        return new string(anchor);
    }

    /// <summary>
    /// A claim's text as its anchor reads it: what readers see of it, without its citations (adding, removing or
    /// changing one is not an edit of what it says) and without markup or link targets (making a word bold or
    /// fixing a URL is not either); a wiki link reads as it is written, its label or its target id, not as the
    /// target's title, so renaming another page moves nothing. Then Unicode NFC (the same letters typed composed or
    /// decomposed are one text), lower case (a fixed capital is not a new claim), and whitespace only as one space
    /// between two letters or digits: a reflowed line, a doubled space or the space left before "." where a
    /// citation was taken out count for nothing, while punctuation and digits count ("&lt;5%" is not "&gt;5%").
    /// </summary>
    /// <param name="claim">The claim's block.</param>
    public static string Normalise(Block claim)
    {
        var written = new StringBuilder();
        IEnumerable<LeafBlock> leaves = claim is LeafBlock leaf ? [leaf] : ((ContainerBlock)claim).Descendants<LeafBlock>();
        foreach (var part in leaves)
        {
            if (part.Inline is null || ClaimFinder.IsEditorialWithin(part, claim))
            {
                continue;
            }

            written.Append(' ');
            InlineText.Walk(part.Inline, link => link.Target.Length > 0 ? link.Target : link.Anchor ?? string.Empty, (text, _) => written.Append(text));
        }

        return Collapse(written.ToString().Normalize(NormalizationForm.FormC));
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        var afterWord = false;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = afterWord;
                continue;
            }

            var word = IsWord(rune);
            if (space && word)
            {
                collapsed.Append(' ');
            }

            collapsed.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
            space = false;
            afterWord = word;
        }

        return collapsed.ToString();
    }

    private static bool IsWord(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
