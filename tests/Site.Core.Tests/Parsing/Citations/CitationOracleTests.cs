using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Tests.Importing.BibTex;

namespace Site.Core.Tests.Parsing.Citations;

/// <summary>
/// Pandoc as the oracle of the citation syntax: a corpus of snippets is read by <c>pandoc -f markdown-smart-example_lists -t json</c>
/// (smart punctuation off, so texts compare as typed; example lists off, as the site has none and pandoc reads every
/// <c>@a</c> of a document as a reference to an example once one is labelled <c>a</c>)
/// and by the site, and the citations both find (key, mode, prefix and suffix text, in order) must be the same, except
/// for the snippets listed here with their reason; the same reasons are listed at the end of citations.spec.md.
/// </summary>
public sealed class CitationOracleTests
{
    private const string SecondKeyInOnePart = "A second key in one part";
    private const string AtAfterSlashOrColon = "An @ after '/' or ':'";
    private const string AtInBracketedUrl = "An '@' in a URL in brackets";
    private const string CodeInBracket = "Code in a bracket";
    private const string NestedBrackets = "Nested brackets";
    private const string DoubleBrackets = "A citation in double brackets";
    private const string AltText = "A citation in an image's alt text";
    private const string BeforeFootnote = "A citation before a footnote reference";

    // The separator between snippets in the one document pandoc reads: a rule, with blank lines so it ends every block.
    private const string Separator = "\n\n----------\n\n";

    // Every snippet where the site reads citations differently from pandoc, and why (citations.spec.md's last section).
    private static readonly Dictionary<string, string> Disagreements = new(StringComparer.Ordinal)
    {
        // Pandoc nests the later key in the first one's suffix as an author-in-text citation; both works are cited here.
        ["[@a, @b]"] = SecondKeyInOnePart,
        ["[@a,@b]"] = SecondKeyInOnePart,
        ["[@a and @b]"] = SecondKeyInOnePart,
        ["[as reviewed in @a and @b]"] = SecondKeyInOnePart,
        ["[see @a, p. 3 and @b]"] = SecondKeyInOnePart,
        ["[@a or @b]"] = SecondKeyInOnePart,
        ["[@a & @b]"] = SecondKeyInOnePart,
        ["[@a, p. 3, @b]"] = SecondKeyInOnePart,
        ["[see @a; also @b and @c]"] = SecondKeyInOnePart,
        // URLs and addresses are never citations.
        ["See https://mastodon.social/@someone."] = AtAfterSlashOrColon,
        ["x mastodon.social/@someone"] = AtAfterSlashOrColon,
        ["x a:@b"] = AtAfterSlashOrColon,
        ["[https://mastodon.social/@someone]"] = AtInBracketedUrl,
        // Brackets Markdig reads before citations: code spans, nested brackets, wiki links.
        ["[@a `code`]"] = CodeInBracket,
        ["[see [1] @a]"] = NestedBrackets,
        ["[[@a]]"] = DoubleBrackets,
        // Alt text is plain text: a citation in it numbers nothing.
        ["![alt [@a]](x.png)"] = AltText,
        ["![@a](x.png)"] = AltText,
        // "[@a][^1]" is a citation and a note here; pandoc takes the bracket for a link's text, and "@a" in it as in the text.
        ["It works [@a][^1].\n\n[^1]: A note."] = BeforeFootnote,
    };

    [Fact]
    public void Should_read_the_citations_of_every_snippet_as_pandoc_does_but_for_the_listed_disagreements()
    {
        // Given the corpus, and pandoc
        var pandoc = Pandoc.Find();
        pandoc.ShouldNotBeNull($"pandoc is the oracle of this test and is not installed: {Pandoc.Install}");
        var corpus = Corpus().Distinct(StringComparer.Ordinal).ToList();
        corpus.Count.ShouldBe(222, "the corpus as generated: a broken generator would compare nothing");
        corpus.ShouldAllBe(s => !s.Contains("----------", StringComparison.Ordinal));

        // When both read every snippet
        var theirs = ReadWithPandoc(pandoc, corpus);
        theirs.Count.ShouldBe(corpus.Count, "one reading per snippet");
        var differing = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Count; i++)
        {
            var ours = Ours(corpus[i]);
            if (ours != theirs[i])
            {
                differing[corpus[i]] = $"ours: {ours}\npandoc: {theirs[i]}";
            }
        }

        // Then they differ exactly where a reason is listed
        var unexplained = differing.Keys.Where(s => !Disagreements.ContainsKey(s)).Select(s => $"{s}\n{differing[s]}");
        unexplained.ShouldBeEmpty("these snippets are read differently from pandoc");
        Disagreements.Keys.Where(s => !differing.ContainsKey(s)).ShouldBeEmpty("these listed snippets are read as pandoc reads them now");
        Disagreements.Keys.ShouldAllBe(s => corpus.Contains(s));
    }

    [Fact]
    public void Should_list_every_reason_of_a_disagreement_in_the_spec()
    {
        // Given the spec file
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "Citations", "citations.spec.md"));

        // When its list of remaining disagreements is read
        var section = spec[spec.IndexOf("# Disagreements with pandoc that remain", StringComparison.Ordinal)..];

        // Then each reason this test gives is there, and nothing else is
        var listed = section.Split('\n').Where(l => l.StartsWith("- **", StringComparison.Ordinal)).Select(l => l[4..l.IndexOf("**", 4, StringComparison.Ordinal)]);
        listed.Order(StringComparer.Ordinal).ShouldBe(Disagreements.Values.Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The snippets: single citations over keys, prefixes and locators, several, in the text, escapes, e-mails, URLs, code, links, images.</summary>
    private static IEnumerable<string> Corpus()
    {
        string[] keys = ["a", "jones-2018", "doi:10.1000/x", "smith.2019", "_draft", "2019-who", "𝒜-2020", "smith𝟏", "müller-2020", "a/b", "c+d", "e#f", "a.b.c"];
        string[] prefixes = ["", "see ", "*see* ", "(", "as reviewed in ", "e.g. ", "see also\n"];
        string[] locators = ["", ", p. 3", " p. 3", ", pp. 33-35", ", p. **32**", ", chap. 2", ")", ", *passim*", ", p.\n4"];
        foreach (var key in keys)
        {
            yield return $"Text [@{key}].";
            yield return $"As @{key} found, it works.";
            yield return $"@{key} [p. 3] found it.";
        }

        foreach (var prefix in prefixes)
        {
            foreach (var locator in locators)
            {
                yield return $"This is debated [{prefix}@jones-2018{locator}].";
            }

            yield return $"Jones says so [{prefix}-@jones-2018].";
            yield return $"Trials agree [@dakwar-2019; {prefix}@jones-2018].";
        }

        foreach (var locator in locators)
        {
            yield return $"@jones-2018 [{locator.TrimStart(',', ' ')}] found it.";
            yield return $"Trials agree [@dakwar-2019{locator}; -@jones-2018{locator}].";
        }

        string[] several =
        [
            "[@a; @b]", "[@a;@b]", "[@a; @b; @c]", "[see @a, p. 3; also @b, chap. 2]", "[@a; -@b]", "[-@a; @b, p. 4]", "[@a, @b]", "[@a,@b]",
            "[@a and @b]", "[as reviewed in @a and @b]", "[see @a, p. 3 and @b]", "[@a or @b]", "[@a & @b]", "[@a, p. 3, @b]", "[see @a; also @b and @c]",
            "[@a; ]", "[; @a]", "[@a;]", "[@a; see below]",
        ];
        string[] inText =
        [
            "@a found it.", "@a [p. 3] found it.", "@a[p. 3] found it.", "@a\n[p. 3] found it.", "@a  [p. 3] found it.", "@a [p. 3; @b] found it.",
            "@a [see @b] found it.", "@a [@b] found it.", "@a [-@b] found it.", "@a [p. 3](https://example.org) found it.", "@a [*p.* 3] found it.",
            "@a [p. 3][x] found it.", "This was shown by @a.", "(@a) and \"@b\" and *@c*", "x -@a found it.", "x well-@a", "[well-@a]", "Both @a and @b agree.",
            "@a. Next", "@a: a review.", "See @a's review.", "@a, @b and @c agree.",
        ];
        string[] other =
        [
            // Escapes
            "\\@a found it.", "\\[@a]", "[\\@a]", "[@a, p. 3\\; table 2]", "\\[see @a\\]", "[@a\\]",
            // E-mail addresses
            "Write to editor@example.org.", "[@a, or ask editor@example.org]", "[editor@example.org]", "first.last@example.org", "<editor@example.org>",
            "mail me@x.org or @twitter",
            // URLs
            "See https://mastodon.social/@someone.", "See <https://example.org/@x>.", "[https://mastodon.social/@someone]", "x mastodon.social/@someone", "x a:@b",
            // Code
            "`@a` and `[@a]`", "```\n@a\n```", "    [@a]", "[@a `code`]", "Write `[@jones-2018]` to cite.",
            // Links and images
            "[@a](https://example.org)", "[see [@a]](https://example.org)", "[text @a](https://example.org)", "[@a][]", "[[@a]]", "[@a] (https://example.org)",
            "![alt [@a]](x.png)", "![@a](x.png)",
            // Footnotes
            "It works [@a][^1].\n\n[^1]: A note.",
            // Blocks around citations
            "## Background [@a]", "- one [@a]\n- two @b", "> quoted @a", "| a |\n| - |\n| [@a] |", "*stressed [@a]*", "<b>[@a]</b>",
            // Keys and brackets at their edges
            "[@a.]", "[@a-]", "[@a--b]", "[@a:]", "[@a::b]", "[@smith.]", "[see [1] @a]", "[@]", "[@-a]", "[see@a]", "Text [@a and more", "[@a_]",
            "[@a, p. 3-5]",
        ];
        foreach (var snippet in several.Concat(inText).Concat(other))
        {
            yield return snippet;
        }
    }

    // Each snippet's citations as pandoc reads them, one line per cited work: mode|prefix|key|suffix.
    private static List<string> ReadWithPandoc(string pandoc, IReadOnlyList<string> corpus)
    {
        var start = new ProcessStartInfo(pandoc, ["-f", "markdown-smart-example_lists", "-t", "json"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start).ShouldNotBeNull();
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(string.Join(Separator, corpus));
        process.StandardInput.Close();
        process.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue("pandoc did not finish in two minutes");
        process.ExitCode.ShouldBe(0);
        var blocks = JsonNode.Parse(output.Result)!["blocks"]!.AsArray();
        var readings = new List<string>();
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if ((string?)block!["t"] == "HorizontalRule")
            {
                readings.Add(string.Join('\n', lines));
                lines.Clear();
                continue;
            }

            Cites(block, lines);
        }

        readings.Add(string.Join('\n', lines));
        return readings;
    }

    // The citations in a pandoc node, in document order: a Cite's works, each followed by the works cited in its suffix.
    private static void Cites(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject { } element when (string?)element["t"] == "Cite":
                foreach (var citation in element["c"]![0]!.AsArray())
                {
                    var suffix = citation!["citationSuffix"]!.AsArray();
                    var mode = (string?)citation["citationMode"]!["t"] switch
                    {
                        "AuthorInText" => "in-text",
                        "SuppressAuthor" => "suppress",
                        _ => "normal",
                    };
                    lines.Add(Line(mode, Text(citation["citationPrefix"]!.AsArray()), (string)citation["citationId"]!, Text(suffix)));
                    Cites(suffix, lines);
                }

                break;
            case JsonObject element:
                Cites(element["c"], lines);
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Cites(child, lines);
                }

                break;
        }
    }

    // Pandoc inlines as plain text, up to a citation nested in them.
    private static string Text(JsonArray inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            var content = inline!["c"];
            switch ((string?)inline["t"])
            {
                case "Str":
                    text.Append((string)content!);
                    break;
                case "Space" or "SoftBreak" or "LineBreak":
                    text.Append(' ');
                    break;
                case "Code" or "RawInline" or "Math":
                    text.Append((string)content![1]!);
                    break;
                case "Emph" or "Strong" or "Strikeout" or "Superscript" or "Subscript" or "SmallCaps" or "Underline":
                    text.Append(Text(content!.AsArray()));
                    break;
                case "Quoted" or "Span" or "Link" or "Image":
                    text.Append(Text(content![1]!.AsArray()));
                    break;
                case "Cite":
                    return text.ToString();
            }
        }

        return text.ToString();
    }

    // A snippet's citations as the site reads them, in the same form.
    private static string Ours(string snippet)
    {
        var document = Markdown.Parse(snippet, SiteMarkdown.Pipeline);
        var lines = new List<string>();
        foreach (var group in document.Descendants<CitationGroup>())
        {
            foreach (var item in group.Items)
            {
                var mode = item.Mode switch
                {
                    CitationMode.AuthorInText => "in-text",
                    CitationMode.SuppressAuthor => "suppress",
                    _ => "normal",
                };
                lines.Add(Line(mode, Plain(item.Prefix), item.Key, Plain(item.Locator)));
            }
        }

        return string.Join('\n', lines);
    }

    // Markdown as the plain text it shows, read as inline markdown only (a locator "-" is no list), as the page renders it.
    private static string Plain(string? markdown) => markdown is null ? string.Empty : Markdown.ToPlainText(markdown, InlineOnly);

    private static readonly MarkdownPipeline InlineOnly = CreateInlineOnly();

    private static MarkdownPipeline CreateInlineOnly()
    {
        var builder = new MarkdownPipelineBuilder().UseEmphasisExtras().DisableHtml();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new Markdig.Parsers.ParagraphBlockParser());
        return builder.Build();
    }

    // Prefix and suffix compared as text: white space collapsed, a suffix's leading comma dropped (pandoc keeps it, the site's locator does not).
    private static string Line(string mode, string prefix, string key, string suffix)
    {
        var locator = Collapse(suffix);
        if (locator.StartsWith(','))
        {
            locator = locator[1..].TrimStart();
        }

        return $"{mode}|{Collapse(prefix)}|{key}|{locator}";
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
