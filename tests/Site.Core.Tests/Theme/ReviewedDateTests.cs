namespace Site.Core.Tests.Theme;

/// <summary>Readers see when a page was last reviewed, or that it has not been, never a date nobody checked.</summary>
public sealed class ReviewedDateTests
{
    [Theory]
    [InlineData("/substances/ketamine/")]
    [InlineData("/mechanisms/nmda-receptor-antagonism/")]
    public void Should_say_not_yet_reviewed_for_a_page_without_a_review_date(string url)
    {
        // Given a substance and a mechanism with no 'reviewed' date
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nmechanisms: [nmda-receptor-antagonism]\n---\n\n::: editorial\nText.\n:::\n",
            ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n\n::: editorial\nText.\n:::\n",
        }, output: true);

        // When the page is built
        var page = site.Page(url);

        // Then where a date would be, it says so in words, and there is no date
        site.Result.Diagnostics.ShouldBeEmpty();
        var reviewed = page.ShouldHave("article .reviewed");
        reviewed.TextContent.ShouldBe("Not yet reviewed");
        reviewed.QuerySelector("time").ShouldBeNull();
    }

    [Fact]
    public void Should_give_the_date_of_the_last_review_in_words_and_as_a_machine_date()
    {
        // Given a substance reviewed within the limit
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nreviewed: 2025-01-15\n---\n\n::: editorial\nText.\n:::\n",
        }, output: true);

        // When its page is built
        var reviewed = site.Page("/substances/ketamine/").ShouldHave("article .reviewed");

        // Then it reads as a date, and the time element carries the ISO date
        reviewed.TextContent.ShouldBe("Last reviewed 15 January 2025");
        reviewed.ShouldHave("time").GetAttribute("datetime").ShouldBe("2025-01-15");
    }
}
