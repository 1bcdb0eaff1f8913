namespace Site.Core.Importing;

/// <summary>One record of a tagged bibliography file (RIS, MEDLINE): its fields in file order, and where it starts.</summary>
internal sealed class TaggedRecord(int offset)
{
    /// <summary>The offset of the record's first line.</summary>
    public int Offset { get; } = offset;

    /// <summary>The fields in file order; a tag may occur more than once.</summary>
    public List<TaggedField> Fields { get; } = [];

    /// <summary>The first field with a value among <paramref name="tags"/>, trying each tag in turn: the tags are in order of preference.</summary>
    public TaggedField? First(params ReadOnlySpan<string> tags)
    {
        foreach (var tag in tags)
        {
            foreach (var field in Fields)
            {
                if (field.Tag == tag && !string.IsNullOrWhiteSpace(field.Value))
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>Every field with one of <paramref name="tags"/> and a value, in file order.</summary>
    public IEnumerable<TaggedField> All(params string[] tags) =>
        Fields.Where(f => tags.Contains(f.Tag) && !string.IsNullOrWhiteSpace(f.Value));

    /// <summary>True when the record has a field with this tag and a value.</summary>
    public bool Has(string tag) => First(tag) is not null;
}
