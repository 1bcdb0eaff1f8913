using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// The hostile pages the <c>hostile</c> command checks: the constructs whose cost in a markdown parser, or in the
/// site's own passes, can grow faster than the input (deep nesting, unclosed openers, runs of one character, many
/// of one thing in one place), the pathological inputs of cmark's test suite among them, and normal prose as the
/// control. Each body is ASCII, so characters are bytes.
/// </summary>
internal static class HostileShapes
{
    /// <summary>The site's one reference: the citations below cite it.</summary>
    public const string ReferenceKey = "k";

    /// <summary>The hostile page's id: wiki links lead to it.</summary>
    public const string PageId = "hostile";

    /// <summary>The baseline: the same site with a page of one cited sentence, the cost of the process and of the site around the page.</summary>
    public static HostileShape Baseline { get; } = new("empty", "one cited sentence: the baseline", _ => ("", "Empty [@k].\n"));

    /// <summary>Every shape, in the table's order; the control first.</summary>
    public static IReadOnlyList<HostileShape> All { get; } =
    [
        new("prose", "normal prose, cited paragraphs under headings (the control)", Prose),

        // Block nesting.
        new("list-staircase", "a list indented 2 spaces more on each line", bytes => Body(Lines(bytes, i => new string(' ', 2 * i) + "- x"))),
        new("quote-list-staircase", "the same list, each line in a quote (`> ` first)", bytes => Body(Lines(bytes, i => "> " + new string(' ', 2 * i) + "- x"))),
        new("fence-then-staircase", "a fence opened in a list item that ends, then the staircase", bytes => Body("- ```\nx\n" + Lines(bytes, i => new string(' ', 2 * i) + "- x"))),
        new("dash-line", "`- - - - …` on one line", bytes => Body(Repeat("- ", bytes) + "x\n")),
        new("quote-run", "`>>>>…` on one line", bytes => Body(Repeat(">", bytes) + " x\n")),
        new("quote-list", "`> - > - …` on one line", bytes => Body(Repeat("> - ", bytes) + "x\n")),
        new("containers-nested", "`::: note` opened on every line, then closed", bytes => Body(Nest("::: note\n", "x [@k].\n", ":::\n", bytes))),
        new("html-block-nested", "`<div>` on every line, then `</div>` (escaped, raw-html)", bytes => Body(Nest("<div>\n", "x\n", "</div>\n", bytes))),
        new("indented-code", "code indented 1,000 spaces, line after line", bytes => Body(Lines(bytes, _ => new string(' ', 1000) + "x = 1;"))),
        new("code-staircase", "code indented one space more on each line", bytes => Body(Lines(bytes, i => new string(' ', 4 + i) + "x"))),
        new("blank-lines", "blank lines only", bytes => Body(Repeat("\n", bytes))),

        // Inline runs and openers.
        new("emphasis-nested", "`***…x***…`", bytes => Body(Nest("*", "x", "*", bytes) + "\n")),
        new("emphasis-openers", "`_a _a _a …`: openers never closed", bytes => Body(Repeat("_a ", bytes) + "\n")),
        new("emphasis-mismatched", "`*a_ *a_ …`", bytes => Body(Repeat("*a_ ", bytes) + "\n")),
        new("emphasis-strong-nested", "`*a **a *a **a … b … a** a* a** a*`", bytes => Body(Nest("*a **a ", "b", " a** a*", bytes) + "\n")),
        new("brackets-open", "`[[[[…`", bytes => Body(Repeat("[", bytes) + "\n")),
        new("brackets-nested", "`[[[[…a]]]]…`", bytes => Body(Nest("[", "a", "]", bytes) + "\n")),
        new("links-nested", "`[a [a [a …](u)](u)](u)`", bytes => Body(Nest("[a ", "b", "](u)", bytes) + "\n")),
        new("link-closers", "`a] a] a] …`: closers with no openers", bytes => Body(Repeat("a] ", bytes) + "\n")),
        new("links-unclosed", "`[a](b [a](b …`: destinations never closed", bytes => Body(Repeat("[a](b ", bytes) + "\n")),
        new("links-unclosed-angle", "`[a](<b [a](<b …`", bytes => Body(Repeat("[a](<b ", bytes) + "\n")),
        new("link-paren-pattern", "`[ (](` repeated: titles in parentheses never closed", bytes => Body(Repeat("[ (](", bytes) + "\n")),
        new("link-destination-parens", "`[a](b([a](b(…`: destinations whose parentheses never close", bytes => Body(Repeat("[a](b(", bytes) + "\n")),
        new("link-openers-emphasis", "`[ a_[ a_…`", bytes => Body(Repeat("[ a_", bytes) + "\n")),
        new("link-references", "`[x] [x] …` uses of one reference definition", bytes => Body("[x]: https://example.org/\n\n" + Repeat("[x] ", bytes) + "\n")),
        new("backticks-unclosed", "`` `a `a `a … ``: code spans never closed", bytes => Body(Repeat("`a ", bytes) + "\n")),
        new("backtick-lengths", "`` e`e``e```… ``: runs of every length", bytes => Body(Growing(bytes, i => "e" + new string('`', i)) + "\n")),
        new("backslashes", "a run of `\\` on one line", bytes => Body(Repeat("\\", bytes) + " [@k].\n")),
        new("entities", "`&amp;` en masse, in cited paragraphs", bytes => Body(Paragraphs(bytes, "&amp; "))),
        new("html-inline", "`<span>` opened and closed in one paragraph (escaped, raw-html)", bytes => Body("x " + Nest("<span>", "x", "</span>", bytes) + "\n")),
        new("html-comments-unclosed", "`</<!--<!--…`", bytes => Body("</" + Repeat("<!--", bytes) + "\n")),
        new("html-instructions-unclosed", "`x <?<?<?…`", bytes => Body("x " + Repeat("<?", bytes) + "\n")),
        new("emphasis-open-lines", "5,000 `_a` never closed, then one paragraph of short lines", bytes => Body(Repeat("_a ", 15_000) + Repeat("x\n", bytes - 15_000))),
        new("emphasis-open-autolinks", "5,000 `_a` never closed, then `http://a` over and over", bytes => Body(Repeat("_a ", 15_000) + Repeat("http://a ", bytes - 15_000) + "\n")),
        new("autolinks", "`https://example.org/a` en masse, in cited paragraphs", bytes => Body(Paragraphs(bytes, "https://example.org/a "))),
        new("nul", "U+0000 en masse", bytes => Body(Repeat("\0", bytes) + "\n")),

        // Tables.
        new("table-columns", "a pipe table of 5,000 columns", bytes => Body(Table(bytes, 5000))),
        new("table-wide", "a pipe table of one row, as wide as the file", bytes => Body(Table(bytes, bytes / 12))),
        new("table-rows", "a pipe table of 3 columns, as long as the file", bytes => Body(Table(bytes, 3))),

        // The site's own syntax and passes.
        new("one-line", "one cited paragraph of prose on one line of the whole size", bytes => Body(OneLine(bytes))),
        new("citations-paragraph", "`x [@k]` in one paragraph", bytes => Body(Wrapped(bytes, "x [@k] ") + ".\n")),
        new("citation-keys-unknown", "`[@k1; @k2; …]`: one bracket of distinct unknown keys", bytes => Body(Keys(bytes, i => "@k" + i.ToString(CultureInfo.InvariantCulture)))),
        new("citation-keys-known", "`[@k; @k; …]`: one bracket of the one reference's key", bytes => Body(Keys(bytes, _ => "@k"))),
        new("wiki-links", "`[[hostile]]` en masse, in cited paragraphs", bytes => Body(Paragraphs(bytes, "[[hostile]] "))),
        new("wiki-links-broken", "`[[missing-1]] [[missing-2]] …`: distinct broken links", bytes => Body(Paragraphs(bytes, i => $"[[missing-{i}]] "))),
        new("headings-same", "`## Same` over and over (anchor numbering)", bytes => Body(Repeat("## Same\n\n", bytes))),
        new("yaml-scalar", "front matter: a summary that is one plain scalar of the whole size", bytes => ("summary: " + Repeat("word ", bytes) + "\n", "Text [@k].\n")),
        new("yaml-list", "front matter: aliases, one list item per line", bytes => ("aliases:\n" + Lines(bytes, i => "  - Alias " + i.ToString(CultureInfo.InvariantCulture)), "Text [@k].\n")),
        new("sentences", "sentence policy: one paragraph of cited sentences (100,000 at 10 MiB)", bytes => Body(Sentences(bytes)), SentencePolicy: true),
    ];

    private static (string, string) Body(string body) => ("", body);

    /// <summary><paramref name="unit"/> repeated to <paramref name="bytes"/>.</summary>
    private static string Repeat(string unit, int bytes)
    {
        var text = new StringBuilder(bytes + unit.Length);
        while (text.Length < bytes)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    /// <summary>n times <paramref name="open"/>, <paramref name="middle"/>, n times <paramref name="close"/>, to <paramref name="bytes"/>.</summary>
    private static string Nest(string open, string middle, string close, int bytes)
    {
        var n = Math.Max(1, (bytes - middle.Length) / (open.Length + close.Length));
        return new StringBuilder(bytes).Insert(0, open, n).Append(middle).Insert(n * open.Length + middle.Length, close, n).ToString();
    }

    /// <summary>Lines made by <paramref name="line"/> from their index, to <paramref name="bytes"/>.</summary>
    private static string Lines(int bytes, Func<int, string> line)
    {
        var text = new StringBuilder(bytes + 64);
        for (var i = 0; text.Length < bytes; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The pieces made by <paramref name="piece"/> from their index (starting at 1) on one line, to <paramref name="bytes"/>.</summary>
    private static string Growing(int bytes, Func<int, string> piece)
    {
        var text = new StringBuilder(bytes + 64);
        for (var i = 1; text.Length < bytes; i++)
        {
            text.Append(piece(i));
        }

        return text.ToString();
    }

    /// <summary><paramref name="unit"/> repeated in one paragraph of 80-column lines, to <paramref name="bytes"/>.</summary>
    private static string Wrapped(int bytes, string unit)
    {
        var text = new StringBuilder(bytes + 80);
        var column = 0;
        while (text.Length < bytes)
        {
            if (column + unit.Length > 80)
            {
                text.Append('\n');
                column = 0;
            }

            text.Append(unit);
            column += unit.Length;
        }

        return text.ToString();
    }

    private static string Paragraphs(int bytes, string unit) => Paragraphs(bytes, _ => unit);

    /// <summary>Cited paragraphs of ten 80-column lines made of pieces from <paramref name="piece"/>, to <paramref name="bytes"/>.</summary>
    private static string Paragraphs(int bytes, Func<int, string> piece)
    {
        var text = new StringBuilder(bytes + 1000);
        var (column, lines) = (0, 0);
        for (var i = 1; text.Length < bytes; i++)
        {
            var unit = piece(i);
            if (column + unit.Length > 80)
            {
                (column, lines) = (0, lines + 1);
                text.Append(lines % 10 == 0 ? " [@k].\n\n" : "\n");
            }

            text.Append(unit);
            column += unit.Length;
        }

        return text.Append(" [@k].\n").ToString();
    }

    /// <summary>A pipe table of <paramref name="columns"/> columns, a header, a delimiter row and body rows to <paramref name="bytes"/>.</summary>
    private static string Table(int bytes, int columns)
    {
        columns = Math.Max(1, columns);
        var text = new StringBuilder(bytes + 4 * columns + 8);
        text.Insert(text.Length, "| a ", columns).Append("|\n");
        text.Insert(text.Length, "|---", columns).Append("|\n");
        do
        {
            text.Insert(text.Length, "| x ", columns).Append("|\n");
        }
        while (text.Length < bytes);

        return text.ToString();
    }

    /// <summary>Sentences of the synthetic corpus on one line, cited at the end, to <paramref name="bytes"/>.</summary>
    private static string OneLine(int bytes)
    {
        var prose = new SyntheticProse(new Random(SyntheticSite.DefaultSeed));
        var text = new StringBuilder(bytes + 200);
        while (text.Length < bytes)
        {
            text.Append(prose.ClaimSentence("Hostile")).Append(' ');
        }

        return text.Append("[@k].\n").ToString();
    }

    /// <summary>One claim ending in one bracket of keys from <paramref name="key"/>, to <paramref name="bytes"/>.</summary>
    private static string Keys(int bytes, Func<int, string> key)
    {
        var text = new StringBuilder(bytes + 64).Append("A claim [");
        for (var i = 1; text.Length < bytes; i++)
        {
            text.Append(i > 1 ? "; " : "").Append(key(i));
        }

        return text.Append("].\n").ToString();
    }

    /// <summary>The synthetic corpus's kind of page: cited claims in paragraphs under headings, lists, to <paramref name="bytes"/>.</summary>
    private static (string, string) Prose(int bytes)
    {
        var prose = new SyntheticProse(new Random(SyntheticSite.DefaultSeed));
        var text = new StringBuilder(bytes + 1000);
        for (var section = 1; text.Length < bytes; section++)
        {
            text.Append("## Section ").Append(section.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            for (var p = 0; p < 3; p++)
            {
                text.Append(prose.ClaimSentence("Hostile")).Append(' ').Append(prose.ClaimSentence("[[hostile]]")[..^1]).Append(" [@k].\n\n");
            }

            text.Append("- ").Append(prose.ClaimSentence("Hostile")[..^1]).Append(" [@k, p. 3].\n");
            text.Append("- ").Append(prose.ClaimSentence("*Hostile*")[..^1]).Append(" [see @k].\n\n");
        }

        return ("", text.ToString());
    }

    /// <summary>One paragraph of sentences of the synthetic corpus without their emphasis, each cited, wrapped at 80 columns, to <paramref name="bytes"/>.</summary>
    private static string Sentences(int bytes)
    {
        var prose = new SyntheticProse(new Random(SyntheticSite.DefaultSeed));
        var text = new StringBuilder(bytes + 200);
        var column = 0;
        while (text.Length < bytes)
        {
            // The emphasis is left out: a paragraph this long with one emphasised outcome in ten sentences leaves thousands of
            // delimiters open, which is another shape (emphasis-open-lines).
            foreach (var word in (prose.ClaimSentence("Hostile")[..^1].Replace("*", "", StringComparison.Ordinal) + " [@k].").Split(' '))
            {
                if (column + word.Length > 80)
                {
                    text.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    text.Append(' ');
                    column++;
                }

                text.Append(word);
                column += word.Length;
            }
        }

        return text.Append('\n').ToString();
    }
}
