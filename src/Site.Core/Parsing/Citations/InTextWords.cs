namespace Site.Core.Parsing.Citations;

/// <summary>How an author-in-text citation reads in plain text.</summary>
/// <param name="Text">The words: "Jones et al.", a title, or "@twitter" as written.</param>
/// <param name="Cites">Whether it cites a reference (false: it is only text).</param>
public readonly record struct InTextWords(string Text, bool Cites);
