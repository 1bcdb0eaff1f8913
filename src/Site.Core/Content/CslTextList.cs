namespace Site.Core.Content;

/// <summary>The value of a list variable (<c>categories</c>): short texts, in order.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Items">The texts.</param>
public sealed record CslTextList(CslVariable Variable, IReadOnlyList<string> Items) : CslValue(Variable);
