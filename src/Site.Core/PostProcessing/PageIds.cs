using System.Collections;

namespace Site.Core.PostProcessing;

/// <summary>
/// The ids of one finished page, as the output check asks for them: kept as one string and the places the ids start in it,
/// sorted, and looked up by binary search. A build holds every page's ids until all pages are written (about 800,000 on a
/// dense site of 10,000 pages), so that a set of strings for each page would be most of what the heap gains in the render.
/// </summary>
public sealed class PageIds : IReadOnlySet<string>
{
    private readonly string _text;
    private readonly int[] _starts;

    // The ids laid end to end in ordinal order, each once, and where each starts (one more start than ids: the end).
    internal PageIds(string text, int[] starts)
    {
        _text = text;
        _starts = starts;
    }

    /// <summary>No ids.</summary>
    public static PageIds None { get; } = new(string.Empty, [0]);

    /// <summary>The ids of <paramref name="ids"/>, each once.</summary>
    public static PageIds Of(IEnumerable<string> ids)
    {
        var builder = new PageIdsBuilder();
        foreach (var id in ids)
        {
            builder.Add(id);
        }

        return builder.ToPageIds();
    }

    /// <inheritdoc />
    public int Count => _starts.Length - 1;

    /// <inheritdoc />
    public bool Contains(string item)
    {
        var (low, high) = (0, Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = At(middle).SequenceCompareTo(item.AsSpan());
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return At(i).ToString();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool IsProperSubsetOf(IEnumerable<string> other) => Set().IsProperSubsetOf(other);

    /// <inheritdoc />
    public bool IsProperSupersetOf(IEnumerable<string> other) => Set().IsProperSupersetOf(other);

    /// <inheritdoc />
    public bool IsSubsetOf(IEnumerable<string> other) => Set().IsSubsetOf(other);

    /// <inheritdoc />
    public bool IsSupersetOf(IEnumerable<string> other) => other.All(Contains);

    /// <inheritdoc />
    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    /// <inheritdoc />
    public bool SetEquals(IEnumerable<string> other) => Set().SetEquals(other);

    private ReadOnlySpan<char> At(int index) => _text.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    private HashSet<string> Set() => new(this, StringComparer.Ordinal);
}
