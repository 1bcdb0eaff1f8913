namespace Site.Benchmarks;

/// <summary>
/// One kind of hostile page: a substance whose front matter or body is made of one construct repeated or
/// nested until the file has the size asked for.
/// </summary>
/// <param name="Name">A short name, for the table and <c>--shapes</c>.</param>
/// <param name="Description">What the page is, in markdown, for the table.</param>
/// <param name="Page">The page's front matter fields (YAML lines, each ending in a line break) and body, for a file of about the given bytes.</param>
/// <param name="SentencePolicy">The site checks every sentence of a substance for a citation (<c>claims: { substances: sentence }</c>).</param>
internal sealed record HostileShape(string Name, string Description, Func<int, (string Fields, string Body)> Page, bool SentencePolicy = false);
