namespace Site.Core.Content;

/// <summary>
/// The value of a CSL variable in a reference's front matter, checked for the variable's kind: one of
/// <see cref="CslText"/>, <see cref="CslNames"/>, <see cref="CslDate"/> or <see cref="CslTextList"/>.
/// </summary>
/// <param name="Variable">The variable it is the value of.</param>
public abstract record CslValue(CslVariable Variable);
