using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Core.Loading;

/// <summary>
/// Passes YAML events on to the loader, but stops with a <see cref="YamlException"/> at the event itself on what
/// the loader cannot take well: a field name that is a list or a mapping (the loader hashes each name in full, and
/// through aliases a few lines can stand for billions of nodes: a "billion laughs" bomb), and an alias to an
/// anchor not defined before it (the loader reports that without a position).
/// </summary>
internal sealed class GuardedYamlParser(IParser inner) : IParser
{
    private enum Frame
    {
        List,
        MappingKey,
        MappingValue,
    }

    private readonly HashSet<AnchorName> _anchors = [];
    private readonly HashSet<AnchorName> _collectionAnchors = [];
    private readonly Stack<Frame> _open = new();

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var atKey = _open.TryPeek(out var frame) && frame == Frame.MappingKey;
        switch (inner.Current)
        {
            case DocumentStart:
                // Anchors belong to their document.
                _anchors.Clear();
                _collectionAnchors.Clear();
                break;
            case AnchorAlias alias:
                if (!_anchors.Contains(alias.Value))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' refers to no anchor defined before it");
                }

                if (atKey && _collectionAnchors.Contains(alias.Value))
                {
                    throw NotAPlainName(alias);
                }

                Completed();
                break;
            case Scalar scalar:
                Define(scalar.Anchor, collection: false);
                Completed();
                break;
            case NodeEvent collection and (SequenceStart or MappingStart):
                if (atKey)
                {
                    throw NotAPlainName(collection);
                }

                Define(collection.Anchor, collection: true);
                _open.Push(collection is MappingStart ? Frame.MappingKey : Frame.List);
                break;
            case SequenceEnd or MappingEnd:
                _open.Pop();
                Completed();
                break;
        }

        return true;
    }

    private static YamlException NotAPlainName(ParsingEvent key) =>
        new(key.Start, key.End, "a field name must be a plain word, not a list or a mapping");

    private void Define(AnchorName anchor, bool collection)
    {
        if (anchor.IsEmpty)
        {
            return;
        }

        _anchors.Add(anchor);
        if (collection)
        {
            _collectionAnchors.Add(anchor);
        }
        else
        {
            _collectionAnchors.Remove(anchor);
        }
    }

    // A node is complete: in a mapping, a key is followed by its value and a value by the next key.
    private void Completed()
    {
        if (_open.TryPop(out var frame))
        {
            _open.Push(frame switch
            {
                Frame.MappingKey => Frame.MappingValue,
                Frame.MappingValue => Frame.MappingKey,
                _ => frame,
            });
        }
    }
}
