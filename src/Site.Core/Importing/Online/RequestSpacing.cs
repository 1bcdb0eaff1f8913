using System.Diagnostics;

namespace Site.Core.Importing.Online;

/// <summary>
/// Keeps the requests to one service at least <c>interval</c> apart, counted from the end of one to the start
/// of the next: a service that counts requests where they arrive (NCBI allows 3 a second, 10 with an API key) never
/// sees two closer than that, however long the network took. For requests made one after another, as site add makes them.
/// </summary>
internal sealed class RequestSpacing(TimeSpan interval)
{
    private long? _lastEnded;

    /// <summary>
    /// NCBI E-utilities: 3 requests a second, or 10 with an API key; with a margin of a few percent, since timers may
    /// wake a millisecond early and NCBI's clock is not ours.
    /// </summary>
    public static RequestSpacing ForNcbi(bool withApiKey) => new(TimeSpan.FromMilliseconds(withApiKey ? 110 : 350));

    /// <summary>Waits until the next request may start.</summary>
    public async Task WaitTurnAsync()
    {
        if (_lastEnded is not { } ended)
        {
            return;
        }

        // A timer may fire a little early; wait again for what is left rather than send a request too soon.
        for (var left = interval - Stopwatch.GetElapsedTime(ended); left > TimeSpan.Zero; left = interval - Stopwatch.GetElapsedTime(ended))
        {
            await Task.Delay(left + TimeSpan.FromMilliseconds(1));
        }
    }

    /// <summary>Marks the end of a request (answered or not).</summary>
    public void Finished() => _lastEnded = Stopwatch.GetTimestamp();
}
