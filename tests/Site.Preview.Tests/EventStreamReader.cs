namespace Site.Preview.Tests;

/// <summary>
/// Reads <c>text/event-stream</c> events as a browser's EventSource would: <c>event:</c> and <c>data:</c>
/// lines up to a blank line, comments (<c>: keep-alive</c>) skipped. Every read is bounded, and a time-out
/// says what was read and what the server was doing.
/// </summary>
internal sealed class EventStreamReader(HttpResponseMessage response, StreamReader reader, Func<string> serverState) : IDisposable
{
    private readonly List<string> _lines = [];

    /// <summary>The response that carries the stream, for its headers.</summary>
    public HttpResponseMessage Response => response;

    /// <summary>The next event; a <see cref="TimeoutException"/> when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<ServerSentEvent> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero);
        string? name = null;
        string? data = null;
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                throw new TimeoutException($"no event within {timeout.TotalSeconds:0.#} s; read so far: [{string.Join(" | ", _lines)}]; {serverState()}");
            }

            if (line is null)
            {
                throw new EndOfStreamException("the event stream ended");
            }

            _lines.Add(line);
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new ServerSentEvent(name ?? "message", data);
                }
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data = line["data:".Length..].Trim();
            }
        }
    }

    /// <summary>Reads events until one is named <paramref name="name"/>, all within <paramref name="timeout"/>.</summary>
    public async Task<ServerSentEvent> NextNamedAsync(string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = await NextAsync(deadline - DateTime.UtcNow);
            if (next.Name == name)
            {
                return next;
            }
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
