using Site.Core.PostProcessing;

namespace Site.Core.Building;

/// <summary>Where a check's pages go: nowhere. A check needs only their ids, to check links and anchors.</summary>
internal sealed class DroppedPages : IPageOutput
{
    /// <summary>The one there is: it holds nothing.</summary>
    public static DroppedPages Instance { get; } = new();

    private DroppedPages()
    {
    }

    /// <inheritdoc />
    public void Write(string url, ReadOnlySpan<byte> content)
    {
    }
}
