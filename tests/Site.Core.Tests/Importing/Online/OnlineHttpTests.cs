using System.Net;
using System.Net.Http.Headers;
using Site.Core.Importing.Online;

namespace Site.Core.Tests.Importing.Online;

/// <summary>How long site add waits when a server says when to come back, and how it names an answer.</summary>
public sealed class OnlineHttpTests
{
    [Fact]
    public void Should_wait_the_seconds_or_until_the_date_Retry_After_gives()
    {
        // Given Retry-After as seconds, as a date to come, as a date gone, and absent
        var now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

        // When the pause is read
        // Then it is the seconds, the time until the date (none for a date gone), or none at all
        OnlineHttp.Pause(new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)), now).ShouldBe(TimeSpan.FromSeconds(2));
        OnlineHttp.Pause(new RetryConditionHeaderValue(now.AddSeconds(5)), now).ShouldBe(TimeSpan.FromSeconds(5));
        OnlineHttp.Pause(new RetryConditionHeaderValue(now.AddSeconds(-5)), now).ShouldBe(TimeSpan.Zero);
        OnlineHttp.Pause(null, now).ShouldBeNull();
    }

    [Fact]
    public void Should_name_a_status_by_its_standard_name_when_the_server_gives_none()
    {
        // Given statuses with and without a reason phrase
        // When they are described
        // Then each has its number and a name
        OnlineHttp.Describe(HttpStatusCode.ServiceUnavailable).ShouldBe("503 Service Unavailable");
        OnlineHttp.Describe(HttpStatusCode.TooManyRequests, "Slow Down").ShouldBe("429 Slow Down");
        OnlineHttp.Describe((HttpStatusCode)599).ShouldBe("599");
    }
}
