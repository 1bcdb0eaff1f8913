using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Core.Loading;

/// <summary>
/// Passes YAML events on to the loader, but stops with a <see cref="YamlException"/> at the event itself on what
/// the loader cannot take well, before it recurses or expands anything:
/// <list type="bullet">
/// <item>lists and mappings nested more than <see cref="MaxDepth"/> deep (the loader recurses once per level, and
/// some 30,000 levels on one line overflow its stack and end the process);</item>
/// <item>aliases that together stand for more than <see cref="MaxAliasedSize"/> characters of values (one long
/// title, anchored once and aliased thousands of times, is a few kilobytes of YAML and gigabytes of pages);</item>
/// <item>a field name that is a list or a mapping (the loader hashes each name in full: through aliases a few lines
/// can stand for billions of nodes, a "billion laughs" bomb);</item>
/// <item>an alias to an anchor not defined before it (the loader reports that without a position), or to the node
/// it is itself inside (a loop, which every reader of the tree would follow for ever).</item>
/// </list>
/// </summary>
internal sealed class GuardedYamlParser(IParser inner) : IParser
{
    /// <summary>How deep lists and mappings may nest: front matter needs two or three levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many characters of values all the aliases of one document may stand for, together (1 MiB).</summary>
    public const long MaxAliasedSize = 1 << 20;

    private enum Frame
    {
        List,
        MappingKey,
        MappingValue,
    }

    private readonly Dictionary<AnchorName, long> _anchorSizes = [];
    private readonly HashSet<AnchorName> _collectionAnchors = [];
    private readonly HashSet<AnchorName> _openAnchors = [];
    private readonly Stack<(Frame Frame, AnchorName Anchor, long Size)> _open = new();
    private readonly Stack<(int Depth, Mark Start)> _openFlow = new();
    private long _aliased;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <summary>
    /// Where the flow lists and mappings (<c>[...]</c>, <c>{...}</c>) still open start, innermost first: when the YAML
    /// breaks off inside one, its opening bracket is the mistake, not the place far below where the parser gave up.
    /// </summary>
    public IEnumerable<Mark> OpenFlowCollections => _openFlow.Select(open => open.Start);

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var atKey = _open.TryPeek(out var top) && top.Frame == Frame.MappingKey;
        switch (inner.Current)
        {
            case DocumentStart:
                // Anchors belong to their document, and so does the budget of what aliases stand for.
                _anchorSizes.Clear();
                _collectionAnchors.Clear();
                _openAnchors.Clear();
                _aliased = 0;
                break;
            case AnchorAlias alias:
                if (_openAnchors.Contains(alias.Value))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' refers to a list or mapping it is itself inside");
                }

                if (!_anchorSizes.TryGetValue(alias.Value, out var size))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' refers to no anchor defined before it");
                }

                if (atKey && _collectionAnchors.Contains(alias.Value))
                {
                    throw NotAPlainName(alias);
                }

                _aliased += size;
                if (_aliased > MaxAliasedSize)
                {
                    throw new YamlLimitException(
                        alias.Start, alias.End,
                        $"its aliases, up to this '*{alias.Value}', stand for more than 1 MiB of text, the most they may repeat");
                }

                Completed(size);
                break;
            case Scalar scalar:
                // Every node counts for one character at least, so that aliases of empty values are not free.
                var length = scalar.Value.Length + 1L;
                DefineScalar(scalar.Anchor, length);
                Completed(length);
                break;
            case NodeEvent collection and (SequenceStart or MappingStart):
                if (atKey)
                {
                    throw NotAPlainName(collection);
                }

                if (_open.Count >= MaxDepth)
                {
                    throw new YamlLimitException(
                        collection.Start, collection.End,
                        $"its lists and mappings nest more than {MaxDepth} deep here, past the limit");
                }

                if (!collection.Anchor.IsEmpty)
                {
                    _openAnchors.Add(collection.Anchor);
                    _collectionAnchors.Add(collection.Anchor);
                }

                if (collection is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow })
                {
                    _openFlow.Push((_open.Count, collection.Start));
                }

                _open.Push((collection is MappingStart ? Frame.MappingKey : Frame.List, collection.Anchor, 1));
                break;
            case SequenceEnd or MappingEnd:
                var (_, anchor, total) = _open.Pop();
                if (_openFlow.TryPeek(out var flow) && flow.Depth == _open.Count)
                {
                    _openFlow.Pop();
                }

                if (!anchor.IsEmpty)
                {
                    _openAnchors.Remove(anchor);
                    _anchorSizes[anchor] = total;
                }

                Completed(total);
                break;
        }

        return true;
    }

    private static YamlException NotAPlainName(ParsingEvent key) =>
        new(key.Start, key.End, "a field name must be a plain word, not a list or a mapping");

    // A scalar's anchor: what an alias to it stands for, and never a list or a mapping (an anchor may be defined again).
    private void DefineScalar(AnchorName anchor, long size)
    {
        if (!anchor.IsEmpty)
        {
            _anchorSizes[anchor] = size;
            _collectionAnchors.Remove(anchor);
        }
    }

    // A node of the given expanded size is complete: it counts towards the list or mapping it is in, and in a
    // mapping a key is followed by its value and a value by the next key.
    private void Completed(long size)
    {
        if (_open.TryPop(out var frame))
        {
            var next = frame.Frame switch
            {
                Frame.MappingKey => Frame.MappingValue,
                Frame.MappingValue => Frame.MappingKey,
                _ => frame.Frame,
            };
            _open.Push((next, frame.Anchor, frame.Size + size));
        }
    }
}
