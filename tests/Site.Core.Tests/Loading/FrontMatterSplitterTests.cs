using System.Text;
using Site.Core.Loading;

namespace Site.Core.Tests.Loading;

public sealed class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("# Ketamine\n\nText.\n")]
    [InlineData("")]
    [InlineData("----\ntitle: A\n---\n")]
    [InlineData("...\ntitle: A\n...\n")]
    [InlineData(" ---\ntitle: A\n---\n")]
    [InlineData("\n---\ntitle: A\n---\n")]
    public void Should_find_no_front_matter_unless_the_first_line_is_three_dashes(string text)
    {
        // Given a file that does not open with a '---' line
        // When it is split
        var split = FrontMatterSplitter.Split(text);

        // Then it has no front matter and the body is the whole file
        split.HasFrontMatter.ShouldBeFalse();
        split.BodyOffset.ShouldBe(0);
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n")]
    [InlineData("---\ntitle: A\n...\nBody\n")]
    [InlineData("--- \ntitle: A\n---\t \nBody\n")]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody\n")]
    [InlineData("---\rtitle: A\r---\rBody\n")]
    public void Should_split_closed_front_matter_into_yaml_and_body(string text)
    {
        // Given a file with front matter closed by '---' or '...', with any line ending or trailing blanks
        // When it is split
        var split = FrontMatterSplitter.Split(text);

        // Then the YAML is the lines between the fences and the body follows the closing fence
        split.HasFrontMatter.ShouldBeTrue();
        split.IsClosed.ShouldBeTrue();
        text.Substring(split.YamlOffset, split.YamlLength).TrimEnd('\r', '\n').ShouldBe("title: A");
        text[split.BodyOffset..].ShouldBe("Body\n");
    }

    [Fact]
    public void Should_split_empty_front_matter()
    {
        // Given a file whose front matter has no lines
        const string text = "---\n---\nBody";

        // When it is split
        var split = FrontMatterSplitter.Split(text);

        // Then the YAML is empty and the body follows
        split.IsClosed.ShouldBeTrue();
        split.YamlLength.ShouldBe(0);
        text[split.BodyOffset..].ShouldBe("Body");
    }

    [Fact]
    public void Should_split_front_matter_closed_on_the_last_line_without_a_line_break()
    {
        // Given a file that ends with the closing fence
        const string text = "---\ntitle: A\n---";

        // When it is split
        var split = FrontMatterSplitter.Split(text);

        // Then it is closed and the body is empty
        split.IsClosed.ShouldBeTrue();
        split.BodyOffset.ShouldBe(text.Length);
    }

    [Theory]
    [InlineData("---\ntitle: A\n\nBody\n")]
    [InlineData("---\ntitle: A\n----\nBody\n")]
    [InlineData("---")]
    public void Should_report_front_matter_that_is_never_closed(string text)
    {
        // Given a file that opens front matter and never closes it
        // When it is split
        var split = FrontMatterSplitter.Split(text);

        // Then it is open, and everything after the first line is taken as YAML
        split.HasFrontMatter.ShouldBeTrue();
        split.IsClosed.ShouldBeFalse();
        (split.YamlOffset + split.YamlLength).ShouldBe(text.Length);
    }

    [Fact]
    public void Should_close_at_the_first_fence()
    {
        // Given a body that contains a thematic break written as '---'
        const string text = "---\ntitle: A\n---\nIntro\n---\nMore\n";

        // When it is split
        var split = FrontMatterSplitter.Split(text);

        // Then the front matter ends at the first fence and the break stays in the body
        text[split.BodyOffset..].ShouldBe("Intro\n---\nMore\n");
    }

    [Fact]
    public void Should_split_random_text_into_yaml_and_body_that_lie_inside_it()
    {
        // Given 50,000 random files from a fixed seed: lines of fences, near-fences, fields and odd characters,
        // most opening with a fence, joined by every kind of line break
        string[] lines = ["---", "---", "...", "----", "--- ", "---\t", " ---", "-- -", "\uFEFF---", "title: A", "a: [b, c]", "", "-", ".", "#"];
        string[] breaks = ["\n", "\r\n", "\r"];
        static string Line(Random random, string[] lines) =>
            random.Next(4) == 0 ? RandomInputs.Text(random, lines, 3) : lines[random.Next(lines.Length)];

        // When each is split
        // Then nothing throws; without an opening fence there is no front matter; with one, the YAML starts after it and ends
        // before the first closing fence, whose line the body follows; unclosed, the YAML runs to the end
        RandomInputs.Check(20_260_111, 50_000, random =>
        {
            var text = new StringBuilder(random.Next(4) == 0 ? string.Empty : "---" + breaks[random.Next(breaks.Length)]);
            for (var i = random.Next(8); i > 0; i--)
            {
                text.Append(Line(random, lines)).Append(breaks[random.Next(breaks.Length)]);
            }

            return text.Append(random.Next(2) == 0 ? Line(random, lines) : string.Empty).ToString();
        }, text =>
        {
            var split = FrontMatterSplitter.Split(text);
            var fileLines = LinesOf(text);
            split.HasFrontMatter.ShouldBe(IsFence(fileLines[0].Text, allowDots: false));
            if (!split.HasFrontMatter)
            {
                split.ShouldBe(new FrontMatterSplit(false, false, 0, 0, 0));
                return;
            }

            split.YamlOffset.ShouldBe(fileLines.Count > 1 ? fileLines[1].Start : text.Length);
            var closing = fileLines.Skip(1).FirstOrDefault(l => IsFence(l.Text, allowDots: true));
            split.IsClosed.ShouldBe(closing.Text is not null);
            if (split.IsClosed)
            {
                (split.YamlOffset + split.YamlLength).ShouldBe(closing.Start);
                split.BodyOffset.ShouldBe(closing.Next);
            }
            else
            {
                (split.YamlOffset + split.YamlLength).ShouldBe(text.Length);
                split.BodyOffset.ShouldBe(text.Length);
            }
        });
    }

    // The lines of a text, each with where it starts and where the next starts; CRLF, CR and LF each end a line.
    private static List<(string Text, int Start, int Next)> LinesOf(string text)
    {
        var lines = new List<(string, int, int)>();
        var start = 0;
        while (true)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('\r' or '\n'))
            {
                end++;
            }

            var next = end == text.Length ? end : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lines.Add((text[start..end], start, next));
            if (next == text.Length)
            {
                if (end < text.Length)
                {
                    lines.Add((string.Empty, next, next));
                }

                return lines;
            }

            start = next;
        }
    }

    private static bool IsFence(string line, bool allowDots)
    {
        var trimmed = line.TrimEnd(' ', '\t');
        return trimmed == "---" || (allowDots && trimmed == "...");
    }
}
