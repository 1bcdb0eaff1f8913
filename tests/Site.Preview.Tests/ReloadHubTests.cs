namespace Site.Preview.Tests;

public sealed class ReloadHubTests
{
    [Fact]
    public void Should_give_every_subscriber_the_new_version()
    {
        // Given two subscribers
        var hub = new ReloadHub();
        var (_, first) = hub.Subscribe();
        var (_, second) = hub.Subscribe();

        // When a version is broadcast
        hub.Broadcast(7);

        // Then both receive it
        first.TryRead(out var one).ShouldBeTrue();
        one.ShouldBe(7);
        second.TryRead(out var two).ShouldBeTrue();
        two.ShouldBe(7);
        hub.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_keep_only_the_newest_version_for_a_subscriber_that_never_reads()
    {
        // Given a subscriber that never reads and one that reads
        var hub = new ReloadHub();
        var (_, stalled) = hub.Subscribe();
        var (_, listening) = hub.Subscribe();

        // When many versions are broadcast
        for (var version = 1; version <= 10_000; version++)
        {
            hub.Broadcast(version);
        }

        // Then broadcasting did not wait for anyone, and each subscriber holds just the newest version
        stalled.Count.ShouldBe(1);
        stalled.TryRead(out var newest).ShouldBeTrue();
        newest.ShouldBe(10_000);
        listening.TryRead(out var heard).ShouldBeTrue();
        heard.ShouldBe(10_000);
    }

    [Fact]
    public async Task Should_end_the_stream_of_an_unsubscribed_page()
    {
        // Given a subscriber
        var hub = new ReloadHub();
        var (id, versions) = hub.Subscribe();

        // When it unsubscribes
        hub.Unsubscribe(id);

        // Then it is no longer counted, its stream is complete, and later broadcasts do not reach it
        hub.Count.ShouldBe(0);
        hub.Broadcast(3);
        (await versions.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_end_every_stream_when_completed()
    {
        // Given two subscribers
        var hub = new ReloadHub();
        var (_, first) = hub.Subscribe();
        var (_, second) = hub.Subscribe();

        // When the hub is completed (the server is stopping)
        hub.CompleteAll();

        // Then both streams end and nobody is counted
        hub.Count.ShouldBe(0);
        (await first.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeFalse();
        (await second.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeFalse();
    }
}
