namespace Site.Core.Content;

/// <summary>The value of a name variable (<c>editor</c>, <c>translator</c>...): people or organisations, in order.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Names">The names, as authors are read.</param>
public sealed record CslNames(CslVariable Variable, IReadOnlyList<Author> Names) : CslValue(Variable);
