using System.Collections;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// A list the graph's recording view hands out: reading its count records a read of the count alone, and reading
/// its items records a read of the whole list, so that a page that only counts claims is not made again when
/// their wording changes.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class RecordingList<T>(IReadOnlyList<T> list, PageReads reads, DependencyKind kind, string key) : IReadOnlyList<T>
{
    public int Count
    {
        get
        {
            reads.Read(kind, key, list, countOnly: true);
            return list.Count;
        }
    }

    public T this[int index]
    {
        get
        {
            reads.Read(kind, key, list);
            return list[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        reads.Read(kind, key, list);
        return list.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
