using System.Buffers;
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

    /// <summary>The anchor <paramref name="claim"/> derives from its text, before any "-2" for a repeat.</summary>
    /// <remarks>
    /// A claim's text as its anchor reads it: what readers see of it, without its citations (adding, removing or
    /// changing one is not an edit of what it says) and without markup or link targets (making a word bold or
    /// fixing a URL is not either); a wiki link reads as it is written, its label or its target id, not as the
    /// target's title, so renaming another page moves nothing. Then lower case (a fixed capital is not a new claim), and whitespace only as one space
    /// between two letters or digits: a reflowed line, a doubled space or the space left before "." where a
    /// citation was taken out count for nothing, while punctuation and digits count ("&lt;5%" is not "&gt;5%"). No Unicode
    /// normalisation: the site runs with invariant globalization, where .NET has no composition tables, and an anchor must
    /// not depend on how the machine that builds it is set up; "é" typed as "e" and a combining accent is another text.
    /// </remarks>
    /// <param name="claim">The claim's block.</param>
    public static string Derive(Block claim)
    {
        // The text gathered in this thread's builder, lent while in use, and collapsed from a copy: a dense site has a
        // hundred thousand claims, and a string of each only to hash it.
        var written = Written(claim, Gathering ?? new StringBuilder(512));
        Gathering = null;
        var length = written.Length;
        var text = ArrayPool<char>.Shared.Rent(length);
        var rented = ArrayPool<char>.Shared.Rent((2 * length) + 1);
        try
        {
            written.CopyTo(0, text, length);
            Gathering = written;
            return Derive(rented.AsSpan(0, Collapse(text.AsSpan(0, length), rented)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    [ThreadStatic]
    private static StringBuilder? Gathering;

    /// <summary>The anchor of a text already normalised (see <see cref="Derive(Block)"/>).</summary>
    public static string Derive(ReadOnlySpan<char> normalised)
    {
        var length = Encoding.UTF8.GetMaxByteCount(normalised.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[1024];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(normalised, utf8)], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        // 40 bits, 5 at a time from the most significant.
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        return string.Create(Prefix.Length + HashLength, bits, static (anchor, bits) =>
        {
            Prefix.AsSpan().CopyTo(anchor);
            for (var i = 0; i < HashLength; i++)
            {
                anchor[Prefix.Length + i] = Base32[(int)((bits >> (35 - (5 * i))) & 31)];
            }
        });
    }

    // What readers see of the claim.
    private static StringBuilder Written(Block claim, StringBuilder written)
    {
        written.Clear();
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

        return written;
    }

    // Into collapsed (twice the text's length: lower case may take two UTF-16 units where upper took one), its length.
    private static int Collapse(ReadOnlySpan<char> text, Span<char> collapsed)
    {
        var at = 0;
        var space = false;
        var afterWord = false;
        Span<char> lower = stackalloc char[2];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool white, word;
            int count;
            if (char.IsAscii(c))
            {
                white = c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
                word = char.IsAsciiLetterOrDigit(c);
                lower[0] = char.ToLowerInvariant(c);
                count = 1;
            }
            else
            {
                // A lone surrogate reads as U+FFFD, as it does when the text is written out.
                Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
                i += consumed - 1;
                white = Rune.IsWhiteSpace(rune);
                word = IsWord(rune);
                count = Rune.ToLowerInvariant(rune).EncodeToUtf16(lower);
            }

            if (white)
            {
                space = afterWord;
                continue;
            }

            if (space && word)
            {
                collapsed[at++] = ' ';
            }

            lower[..count].CopyTo(collapsed[at..]);
            at += count;
            space = false;
            afterWord = word;
        }

        return at;
    }

    private static bool IsWord(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
