namespace Site.Core.Importing.Csl;

/// <summary>A mapping of names to values (a JSON object, a YAML mapping), in the order written.</summary>
/// <param name="Members">The members in order; a name may be written twice.</param>
/// <param name="Offset">Where the mapping starts.</param>
internal sealed record CslMap(IReadOnlyList<CslMember> Members, int Offset) : CslNode(Offset, 1);
