using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// The TeX of a BibTeX value as plain Unicode: accents (<c>{\"u}</c>, <c>\'{e}</c>, <c>\c{c}</c>), special letters
/// (<c>\ss</c>, <c>{\o}</c>), escapes (<c>\&amp;</c>), dashes and quotes (<c>--</c>, <c>---</c>, <c>``</c>), Greek and a
/// few symbols in math (<c>$\beta$</c>); formatting commands and protective braces are dropped, their text kept.
/// </summary>
internal static class TexText
{
    // Hostile files may nest accents inside accents; past this the rest of an argument is copied as it is.
    private const int MaxNesting = 32;

    private static readonly SearchValues<char> Special = SearchValues.Create("\\{}$~-`'\u00A0");

    // Accents written as a control symbol (\'e) and their combining marks; the symbol itself is what an empty
    // argument (\~{}) stands for.
    private static readonly FrozenDictionary<char, char> SymbolAccents = new Dictionary<char, char>
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, char> LetterAccents = new Dictionary<string, char>
    {
        ["c"] = '\u0327', ["k"] = '\u0328', ["H"] = '\u030B', ["u"] = '\u0306', ["v"] = '\u030C', ["r"] = '\u030A',
        ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        // Letters
        ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ",

        // Punctuation and text symbols
        ["textendash"] = "\u2013", ["textemdash"] = "\u2014", ["textminus"] = "\u2212",
        ["textquoteleft"] = "\u2018", ["textquoteright"] = "\u2019", ["textquotedblleft"] = "\u201C",
        ["textquotedblright"] = "\u201D", ["quotedblbase"] = "\u201E", ["quotesinglbase"] = "\u201A",
        ["textquotesingle"] = "'", ["textquotedbl"] = "\"", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["guillemetleft"] = "«", ["guillemetright"] = "»", ["guilsinglleft"] = "‹", ["guilsinglright"] = "›",
        ["textellipsis"] = "…", ["ldots"] = "…", ["dots"] = "…", ["textperiodcentered"] = "·", ["textbullet"] = "•",
        ["textdagger"] = "†", ["dag"] = "†", ["textdaggerdbl"] = "‡", ["ddag"] = "‡", ["textsection"] = "§", ["S"] = "§",
        ["textparagraph"] = "¶", ["P"] = "¶", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["textcopyright"] = "©", ["copyright"] = "©", ["textdegree"] = "°", ["degree"] = "°", ["textmu"] = "µ",
        ["textpm"] = "±", ["texttimes"] = "×", ["textdiv"] = "÷", ["textonehalf"] = "½", ["textonequarter"] = "¼",
        ["textthreequarters"] = "¾", ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€",
        ["textyen"] = "¥", ["textcent"] = "¢", ["textexclamdown"] = "¡", ["textquestiondown"] = "¿",
        ["textless"] = "<", ["textgreater"] = ">", ["textbar"] = "|", ["textunderscore"] = "_",
        ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textbackslash"] = "\\", ["textbraceleft"] = "{",
        ["textbraceright"] = "}", ["textdollar"] = "$", ["textnumero"] = "№", ["textordfeminine"] = "ª",
        ["textordmasculine"] = "º", ["textslash"] = "/", ["slash"] = "/", ["nobreakspace"] = " ", ["space"] = " ",
        ["quad"] = " ", ["qquad"] = " ", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX",
        ["LaTeXe"] = "LaTeX2e",

        // Math
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["pm"] = "±", ["mp"] = "∓", ["times"] = "×", ["div"] = "÷",
        ["cdot"] = "·", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠",
        ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃", ["equiv"] = "≡", ["infty"] = "∞", ["to"] = "→",
        ["rightarrow"] = "→", ["leftarrow"] = "←", ["leftrightarrow"] = "↔", ["Rightarrow"] = "⇒",
        ["uparrow"] = "↑", ["downarrow"] = "↓", ["prime"] = "′", ["ll"] = "≪", ["gg"] = "≫", ["propto"] = "∝",
        ["partial"] = "∂", ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√", ["in"] = "∈",
        ["cap"] = "∩", ["cup"] = "∪", ["ast"] = "∗", ["bullet"] = "•", ["cdots"] = "⋯",

        // In titles "$^\circ$C" is a temperature far more often than a composition of functions.
        ["circ"] = "°",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SymbolsBySpan =
        Symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> LetterAccentsBySpan =
        LetterAccents.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value as plain text: decoded, accents composed, white space folded; empty when nothing is left.</summary>
    public static string Decode(string tex)
    {
        if (tex.AsSpan().IndexOfAny(Special) < 0)
        {
            return CslValues.Text(tex) ?? string.Empty;
        }

        var text = new StringBuilder(tex.Length);
        var math = false;
        Append(tex, 0, tex.Length, text, 0, ref math);
        return CslValues.Text(text.ToString()) ?? string.Empty;
    }

    /// <summary>
    /// A value meant to be read verbatim (a URL, a DOI): only braces and the escapes a TeX user must write
    /// (<c>\_</c>, <c>\%</c>, <c>\#</c>, <c>\&amp;</c>, <c>\~</c>) are undone, and a <c>\url{...}</c> around it is dropped.
    /// </summary>
    public static string DecodeVerbatim(string tex)
    {
        var text = new StringBuilder(tex.Length);
        for (var i = 0; i < tex.Length; i++)
        {
            var c = tex[i];
            if (c is '{' or '}')
            {
                continue;
            }

            if (c == '\\' && i + 1 < tex.Length)
            {
                var next = tex[i + 1];
                if (char.IsAsciiLetter(next))
                {
                    var end = i + 1;
                    while (end < tex.Length && char.IsAsciiLetter(tex[end]))
                    {
                        end++;
                    }

                    if (SymbolsBySpan.TryGetValue(tex.AsSpan(i + 1, end - i - 1), out var symbol))
                    {
                        text.Append(symbol);
                    }

                    // \url, \href and other commands are dropped, their arguments kept.
                    i = end - 1;
                    continue;
                }

                text.Append(next);
                i++;
                continue;
            }

            text.Append(c);
        }

        return text.ToString().Trim();
    }

    private static void Append(string s, int start, int end, StringBuilder text, int depth, ref bool math)
    {
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '{' or '}':
                    // Protective braces keep a style from changing case; the site never does, so they only go.
                    break;
                case '$':
                    math = !math;
                    break;
                case '~' or '\u00A0':
                    // A tie keeps two words on one line when typeset; on a web page, and for searching, a space.
                    text.Append(' ');
                    break;
                case '^' or '_' when math:
                    break;
                case '-' when !math:
                    var run = 1;
                    while (i + run < end && s[i + run] == '-')
                    {
                        run++;
                    }

                    text.Append(run switch { 1 => "-", 2 => "\u2013", _ => "\u2014" });
                    i += run - 1;
                    break;
                case '`' when !math:
                    if (i + 1 < end && s[i + 1] == '`')
                    {
                        text.Append('\u201C');
                        i++;
                    }
                    else
                    {
                        text.Append('\u2018');
                    }

                    break;
                case '\'' when !math && i + 1 < end && s[i + 1] == '\'':
                    text.Append('\u201D');
                    i++;
                    break;
                case '\\':
                    i = Command(s, i, end, text, depth, ref math) - 1;
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }

    // A command at s[at] == '\\': appends what it stands for and returns the index after it and its arguments.
    private static int Command(string s, int at, int end, StringBuilder text, int depth, ref bool math)
    {
        var i = at + 1;
        if (i >= end)
        {
            return i;
        }

        var symbol = s[i];
        if (!char.IsAsciiLetter(symbol))
        {
            i++;
            if (SymbolAccents.TryGetValue(symbol, out var accent))
            {
                return Accent(s, i, end, text, accent, symbol, depth, ref math);
            }

            switch (symbol)
            {
                case '&' or '%' or '$' or '#' or '_' or '{' or '}':
                    text.Append(symbol);
                    break;
                case '\\' or ' ' or ',' or ';' or ':' or '\n' or '\r' or '\t':
                    text.Append(' ');
                    break;
                case '(' or '[':
                    math = true;
                    break;
                case ')' or ']':
                    math = false;
                    break;
            }

            // Anything else (\-, \/, \@, \!) is a typesetting hint with nothing to read.
            return i;
        }

        while (i < end && char.IsAsciiLetter(s[i]))
        {
            i++;
        }

        var name = s.AsSpan(at + 1, i - at - 1);

        // TeX ends a command name at the first non-letter and skips the spaces after it ("Stra\ss e"). In math TeX
        // spaces by itself and authors space as they like: "$p \leq 0.05$" keeps its spaces.
        if (!math)
        {
            i = SkipSpaces(s, i, end);
        }
        if (LetterAccentsBySpan.TryGetValue(name, out var mark))
        {
            return Accent(s, i, end, text, mark, null, depth, ref math);
        }

        if (SymbolsBySpan.TryGetValue(name, out var value)
            || (name.StartsWith("text") && SymbolsBySpan.TryGetValue(name[4..], out value) && char.IsLetter(value[0])))
        {
            text.Append(value);
            return i;
        }

        switch (name)
        {
            case "url" or "nolinkurl" or "path":
                if (Group(s, i, end) is var (urlStart, urlEnd, afterUrl))
                {
                    text.Append(DecodeVerbatim(s[urlStart..urlEnd]));
                    return afterUrl;
                }

                break;
            case "href" or "noopsort":
                // \href{address}{text} reads as its text; \noopsort{key} only sorts.
                if (Group(s, i, end) is var (_, _, afterFirst))
                {
                    return afterFirst;
                }

                break;
            case "enquote" or "mkbibquote":
                if (Group(s, i, end) is var (quoteStart, quoteEnd, afterQuote))
                {
                    text.Append('\u201C');
                    Nested(s, quoteStart, quoteEnd, text, depth, ref math);
                    text.Append('\u201D');
                    return afterQuote;
                }

                break;
        }

        // Formatting (\emph, \textit, {\bf ...}) and unknown commands are dropped; their arguments stay as text.
        return i;
    }

    // An accent and its argument: a group, a command (\'\i) or one character, marked with the combining accent.
    private static int Accent(string s, int i, int end, StringBuilder text, char mark, char? spacing, int depth, ref bool math)
    {
        i = SkipSpaces(s, i, end);
        if (i >= end)
        {
            return i;
        }

        var argument = new StringBuilder();
        int next;
        if (Group(s, i, end) is var (start, stop, after))
        {
            Nested(s, start, stop, argument, depth, ref math);
            next = after;
        }
        else if (s[i] == '\\')
        {
            next = depth < MaxNesting ? Command(s, i, end, argument, depth + 1, ref math) : i + 1;
        }
        else if (s[i] == '}')
        {
            return i;
        }
        else
        {
            argument.Append(s[i]);
            next = i + 1;
        }

        if (argument.Length == 0)
        {
            // \~{} is how TeX writes a tilde (in an address, say).
            if (spacing is { } c)
            {
                text.Append(c);
            }

            return next;
        }

        // The accent sits on the dotted letter: \'{\i} is í, not a dotless i with an accent.
        argument[0] = argument[0] switch { 'ı' => 'i', 'ȷ' => 'j', var c => c };
        var first = char.IsHighSurrogate(argument[0]) && argument.Length > 1 ? 2 : 1;
        argument.Insert(first, mark);
        text.Append(argument);
        return next;
    }

    private static void Nested(string s, int start, int end, StringBuilder text, int depth, ref bool math)
    {
        if (depth >= MaxNesting)
        {
            text.Append(s, start, end - start);
            return;
        }

        Append(s, start, end, text, depth + 1, ref math);
    }

    // The group that starts at s[i] == '{': where its content starts and ends, and the index after its '}'.
    private static (int Start, int End, int After)? Group(string s, int i, int end)
    {
        if (i >= end || s[i] != '{')
        {
            return null;
        }

        var depth = 0;
        for (var j = i; j < end; j++)
        {
            if (s[j] == '{')
            {
                depth++;
            }
            else if (s[j] == '}' && --depth == 0)
            {
                return (i + 1, j, j + 1);
            }
        }

        return (i + 1, end, end);
    }

    private static int SkipSpaces(string s, int i, int end)
    {
        while (i < end && s[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }
}
