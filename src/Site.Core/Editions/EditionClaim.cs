namespace Site.Core.Editions;

/// <summary>One claim of an edition, as its <c>claims.json</c> gives it.</summary>
/// <param name="Page">The site URL of the page it is on ("/substances/ketamine/").</param>
/// <param name="Anchor">Its id on that page.</param>
/// <param name="Text">Its text, without citation markers.</param>
/// <param name="Keys">The citation keys it cites, in the order it first cites them.</param>
/// <param name="Evidence">The evidence levels behind it, strongest first.</param>
/// <param name="Statuses">
/// The retraction status (<c>retracted</c>, <c>expression-of-concern</c>...) of each cited work that has one, by key;
/// empty in an edition whose claims.json does not carry statuses.
/// </param>
public sealed record EditionClaim(
    string Page,
    string Anchor,
    string Text,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Evidence,
    IReadOnlyDictionary<string, string> Statuses);
