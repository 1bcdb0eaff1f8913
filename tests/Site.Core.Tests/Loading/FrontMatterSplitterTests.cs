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
}
