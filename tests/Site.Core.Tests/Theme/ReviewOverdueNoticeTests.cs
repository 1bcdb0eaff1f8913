namespace Site.Core.Tests.Theme;

/// <summary>Readers are told at the top of a page when its review is overdue, by the same date the editor is warned by.</summary>
public sealed class ReviewOverdueNoticeTests
{
    [Fact]
    public void Should_tell_readers_at_the_top_of_the_page_since_when_the_review_is_overdue()
    {
        // Given a substance last reviewed three years before the build date (2025-06-01), 24 months being the limit
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nreviewed: 2022-05-01\n---\n\n::: editorial\nText.\n:::\n",
        }, output: true);

        // When its page is built
        var article = site.Page("/substances/ketamine/").ShouldHave("main article");

        // Then the article opens with a labelled notice that says so in words, with the due date, and the warning the
        // editor sees names the same page
        var notice = article.FirstElementChild.ShouldNotBeNull();
        notice.ClassList.ShouldContain("review-overdue");
        notice.LocalName.ShouldBe("aside");
        var label = article.Owner!.GetElementById(notice.GetAttribute("aria-labelledby")!).ShouldNotBeNull();
        label.TextContent.ShouldBe("Review overdue since 1 May 2024.");
        label.ShouldHave("time").GetAttribute("datetime").ShouldBe("2024-05-01");
        notice.TextContent.ShouldContain("last checked against their references on 1 May 2022");
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:3:11 warning stale-review"]);
    }

    [Theory]
    [InlineData("2023-06-01", false)]
    [InlineData("2023-05-31", true)]
    public void Should_show_the_notice_exactly_when_the_editor_is_warned(string reviewed, bool overdue)
    {
        // Given a mechanism reviewed exactly 24 months before the build date, or one day more
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nreviewMaxAgeMonths: 24\n",
            ["mechanisms/nmda-receptor-antagonism.md"] = $"---\ntitle: NMDA receptor antagonism\nreviewed: {reviewed}\n---\n\n::: editorial\nText.\n:::\n",
        }, output: true);

        // When its page is built
        var notice = site.Page("/mechanisms/nmda-receptor-antagonism/").QuerySelector(".review-overdue");

        // Then readers see the notice on the page the editor is warned about, and only there
        (notice is not null).ShouldBe(overdue);
        site.Result.Diagnostics.Any(d => d.Code == "stale-review").ShouldBe(overdue);
    }
}
