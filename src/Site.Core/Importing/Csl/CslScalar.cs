namespace Site.Core.Importing.Csl;

/// <summary>A single value: text, a number as written, true or false, or null.</summary>
/// <param name="Value">The value as text (<c>"2018"</c>, <c>"true"</c>), null for a null.</param>
/// <param name="Kind">What it is written as.</param>
/// <param name="Offset">Where it starts.</param>
/// <param name="Length">How long it is as written.</param>
internal sealed record CslScalar(string? Value, CslScalarKind Kind, int Offset, int Length) : CslNode(Offset, Length);
