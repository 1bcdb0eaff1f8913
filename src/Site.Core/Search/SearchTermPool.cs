using System.Collections.Concurrent;

namespace Site.Core.Search;

/// <summary>
/// The index's terms, each kept once with a number of its own, however many records hold it: a dense site's records hold
/// millions of terms between them, and a string for each would be most of the index's memory. Shared by the workers that
/// count records; the numbers depend on which worker came first, so nothing written may follow them (keys are sorted).
/// </summary>
internal sealed class SearchTermPool
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];
    private readonly Lock _adding = new();

    public SearchTermPool()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many terms there are.</summary>
    public int Count => _terms.Count;

    /// <summary>The term numbered <paramref name="id"/>.</summary>
    public string this[int id] => _terms[id];

    /// <summary>The number of <paramref name="term"/>, given it one if it has none.</summary>
    public int IdOf(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (_lookup.TryGetValue(term, out id))
            {
                return id;
            }

            var text = term.ToString();
            id = _terms.Count;
            _terms.Add(text);
            _ids[text] = id;
            return id;
        }
    }
}
