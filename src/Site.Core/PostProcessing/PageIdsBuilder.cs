namespace Site.Core.PostProcessing;

/// <summary>
/// Gathers the ids of one page as it is scanned, without a string or a set entry for each: the ids' characters are copied
/// end to end into one buffer, and sorted there by their places in it. A dense page has a hundred ids and a build ten
/// thousand pages, so that a string and a hash for every id was a tenth of the post-processing. A builder is reused page
/// after page by one thread.
/// </summary>
internal sealed class PageIdsBuilder
{
    private char[] _chars = new char[2048];
    private int _used;
    private (int Start, int Length)[] _ids = new (int, int)[64];
    private int _count;

    // Made once for the builder's life: a comparer handed to a sort is wrapped in a new delegate at every sort, which cost
    // more than sorting a page's ids.
    private readonly Comparison<(int Start, int Length)> _byText;

    public PageIdsBuilder() => _byText = (x, y) => Text(x).SequenceCompareTo(Text(y));

    /// <summary>Forgets every id, keeping the buffers.</summary>
    public PageIdsBuilder Clear()
    {
        (_used, _count) = (0, 0);
        return this;
    }

    /// <summary>Adds an id (entities already decoded).</summary>
    public void Add(ReadOnlySpan<char> id)
    {
        if (_used + id.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + id.Length));
        }

        if (_count == _ids.Length)
        {
            Array.Resize(ref _ids, _ids.Length * 2);
        }

        id.CopyTo(_chars.AsSpan(_used));
        _ids[_count++] = (_used, id.Length);
        _used += id.Length;
    }

    /// <summary>Sorts the ids in ordinal order and drops the repeats, so that <see cref="Contains"/> can search them.</summary>
    public void Sort()
    {
        var ids = _ids.AsSpan(0, _count);
        ids.Sort(_byText);
        var kept = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (kept == 0 || !Text(ids[kept - 1]).SequenceEqual(Text(ids[i])))
            {
                ids[kept++] = ids[i];
            }
        }

        _count = kept;
    }

    /// <summary>Whether an id is among those added before the last <see cref="Sort"/>.</summary>
    public bool Contains(ReadOnlySpan<char> id)
    {
        var (low, high) = (0, _count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = Text(_ids[middle]).SequenceCompareTo(id);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <summary>The ids, each once, as the page keeps them.</summary>
    public PageIds ToPageIds()
    {
        Sort();
        var starts = new int[_count + 1];
        var length = 0;
        for (var i = 0; i < _count; i++)
        {
            length += _ids[i].Length;
            starts[i + 1] = length;
        }

        var text = string.Create(length, this, static (destination, builder) =>
        {
            for (var i = 0; i < builder._count; i++)
            {
                builder.Text(builder._ids[i]).CopyTo(destination);
                destination = destination[builder._ids[i].Length..];
            }
        });
        return new PageIds(text, starts);
    }

    private ReadOnlySpan<char> Text((int Start, int Length) id) => _chars.AsSpan(id.Start, id.Length);
}
