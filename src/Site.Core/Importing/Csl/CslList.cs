namespace Site.Core.Importing.Csl;

/// <summary>A list (a JSON array, a YAML sequence).</summary>
/// <param name="Items">The items in order.</param>
/// <param name="Offset">Where the list starts.</param>
internal sealed record CslList(IReadOnlyList<CslNode> Items, int Offset) : CslNode(Offset, 1);
