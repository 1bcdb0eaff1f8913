namespace Site.Core.Tests.Exporting;

/// <summary>A BibTeX entry as read back from an export, fields in file order.</summary>
public sealed record BibTexEntry(string Type, string Key, IReadOnlyList<BibTexField> Fields)
{
    public IEnumerable<string> Names => Fields.Select(f => f.Name);

    public BibTexField Field(string name) => Fields.Single(f => f.Name == name);

    public string this[string name] => Field(name).Value;
}
