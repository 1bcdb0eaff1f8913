namespace Site.Core.Content;

/// <summary>The value of a string or number variable, as written (a number may be text: <c>12-14</c>, <c>Suppl 2</c>).</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Text">The text.</param>
public sealed record CslText(CslVariable Variable, string Text) : CslValue(Variable);
