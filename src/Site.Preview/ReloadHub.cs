using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Site.Preview;

/// <summary>The open pages listening for reloads; each gets every new version.</summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<long>> _clients = new();

    /// <summary>How many pages are listening.</summary>
    public int Count => _clients.Count;

    public (Guid Id, ChannelReader<long> Versions) Subscribe()
    {
        var id = Guid.NewGuid();
        // A slow client only ever needs the newest version: older ones are dropped, nobody waits.
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[id] = channel;
        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (_clients.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }

    public void Broadcast(long version)
    {
        foreach (var channel in _clients.Values)
        {
            channel.Writer.TryWrite(version);
        }
    }

    public void CompleteAll()
    {
        foreach (var id in _clients.Keys)
        {
            Unsubscribe(id);
        }
    }
}
