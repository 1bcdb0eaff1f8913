using System.Text;
using Site.Core.Text;

namespace Site.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private const char Cite = SentenceSplitter.Citation;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t\n\r\u00A0 ")]
    public void Should_find_no_sentence_in_empty_or_blank_text(string text)
    {
        // Given text without any character but whitespace
        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then there is no sentence
        sentences.ShouldBeEmpty();
    }

    [Fact]
    public void Should_exclude_surrounding_whitespace_from_the_ranges()
    {
        // Given sentences padded with spaces, tabs and line breaks
        const string text = "  \n Ketamine acts fast.\t  Methadone acts slowly. \n ";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then each range starts and ends on the sentence itself
        sentences.ShouldBe([new Range(4, 23), new Range(26, 48)]);
        text[sentences[0]].ShouldBe("Ketamine acts fast.");
        text[sentences[1]].ShouldBe("Methadone acts slowly.");
    }

    [Fact]
    public void Should_give_a_citation_after_a_line_break_to_the_sentence_before()
    {
        // Given a citation on the line after the sentence it supports
        var text = $"Ketamine acts within hours.\n{Cite} Methadone acts over days.";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then the first sentence ends on the citation and the second carries none
        sentences.Count.ShouldBe(2);
        text[sentences[0]].ShouldBe($"Ketamine acts within hours.\n{Cite}");
        text[sentences[1]].ShouldBe("Methadone acts over days.");
    }

    [Fact]
    public void Should_treat_a_non_breaking_space_as_whitespace()
    {
        // Given two sentences separated by a non-breaking space
        const string text = "Ketamine acts fast.\u00A0Methadone acts slowly.";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then they are two sentences
        sentences.Select(range => text[range]).ShouldBe(["Ketamine acts fast.", "Methadone acts slowly."]);
    }

    [Fact]
    public void Should_give_a_leading_citation_piece_to_the_first_sentence()
    {
        // Given text that opens with a citation and a stray stop
        var text = $"{Cite}. Ketamine is a dissociative anaesthetic. It is also an antidepressant.";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then the citation is not lost: the first sentence starts on it
        sentences.Select(range => text[range]).ShouldBe(
            [$"{Cite}. Ketamine is a dissociative anaesthetic.", "It is also an antidepressant."]);
    }

    [Fact]
    public void Should_find_no_sentence_in_citations_alone()
    {
        // Given a claim that is nothing but citations
        var text = $" {Cite}{Cite} ";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then there is no sentence to check
        sentences.ShouldBeEmpty();
    }

    [Fact]
    public void Should_split_a_megabyte_of_sentences()
    {
        // Given about a megabyte of cited sentences, with abbreviations, decimals and spaced citations
        const string sentence = "Ketamine (approx. 0.5 mg/kg, cf. Fig. 2) reduced use vs. midazolam, e.g. Dakwar et al. 2019. ";
        var cited = $"Effects lasted approx. 2 weeks {Cite}... {Cite} ";
        var builder = new StringBuilder();
        var repeats = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append(sentence).Append(cited);
            repeats++;
        }

        var text = builder.ToString();

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then every sentence is found
        sentences.Count.ShouldBe(repeats * 2);
    }

    [Fact]
    public void Should_split_a_megabyte_without_whitespace()
    {
        // Given a megabyte of stops and letters with no whitespace, the worst case for look-back
        var text = string.Concat(Enumerable.Repeat("a.b.c.", 170_000));

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then it is one sentence
        sentences.ShouldBe([new Range(0, text.Length)]);
    }

    [Fact]
    public void Should_split_random_text_into_ordered_sentences_that_hold_every_word_and_citation()
    {
        // Given 50,000 random texts from a fixed seed: words, abbreviations, initials, stops, quotes, brackets, placeholders and blanks
        string[] pieces =
        [
            "Ketamine", "acts", "fast", "it", "42", "3.5", ".", ".", "!", "?", "…", "?!", "...", " ", " ", "\n", "\t", "\u00A0", Cite.ToString(), Cite + " ",
            "e.g.", "i.e.", "Dr.", "Ms.", "ms.", "J.", "J.R.", "U.S.", "et al.", "vs.", "Fig.", "p.", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "«", "»",
            "—", "–", "/", "-", "é", "日本", "😀", "\uD800",
        ];

        // When each is split
        // Then nothing throws; the sentences are in order, apart and inside the text, each non-empty, without blanks at either
        // end and holding a letter or digit; every letter and digit is in a sentence, and so is every citation when there is one
        RandomInputs.Check(20_260_113, 50_000, random => RandomInputs.Text(random, pieces, 30), text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var previousEnd = 0;
            var covered = new bool[text.Length];
            foreach (var sentence in sentences)
            {
                var (start, length) = sentence.GetOffsetAndLength(text.Length);
                start.ShouldBeGreaterThanOrEqualTo(previousEnd, "sentences in order, apart");
                length.ShouldBeGreaterThan(0);
                char.IsWhiteSpace(text[start]).ShouldBeFalse("no blank at the start");
                char.IsWhiteSpace(text[start + length - 1]).ShouldBeFalse("no blank at the end");
                text.Substring(start, length).Any(char.IsLetterOrDigit).ShouldBeTrue("a sentence has words");
                Array.Fill(covered, true, start, length);
                previousEnd = start + length;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]) || (text[i] == Cite && sentences.Count > 0))
                {
                    covered[i].ShouldBeTrue($"character {i} ('{text[i]}') in a sentence");
                }
            }
        });
    }
}
