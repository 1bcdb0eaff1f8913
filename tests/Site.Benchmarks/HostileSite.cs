namespace Site.Benchmarks;

/// <summary>
/// The site around one hostile page: a site.yml, the one reference its citations cite, and the page itself,
/// <c>substances/hostile.md</c>, a substance with a title, a summary and a review date and whatever the shape adds.
/// Nothing else: what the check spends beyond the baseline it spends on that page.
/// </summary>
internal static class HostileSite
{
    /// <summary>Writes the site of <paramref name="shape"/> at about <paramref name="bytes"/> into <paramref name="input"/>; returns the page's size in bytes.</summary>
    public static long Write(string input, HostileShape shape, int bytes)
    {
        Directory.CreateDirectory(Path.Combine(input, "substances"));
        Directory.CreateDirectory(Path.Combine(input, "references"));
        File.WriteAllText(Path.Combine(input, "site.yml"),
            "title: Hostile input\nbaseUrl: https://example.org/\nlanguage: en\nreviewMaxAgeMonths: 1200\n" +
            (shape.SentencePolicy ? "claims:\n  substances: sentence\n" : ""));
        File.WriteAllText(Path.Combine(input, "references", HostileShapes.ReferenceKey + ".md"),
            "---\ntype: article-journal\ntitle: A study of hostile input\nauthor: [Jones JL]\ncontainer-title: J Test\nissued: 2020\nevidence: rct\n---\n\nA trial.\n");

        var (fields, body) = shape.Page(bytes);
        var page = Path.Combine(input, "substances", HostileShapes.PageId + ".md");
        var summary = fields.StartsWith("summary:", StringComparison.Ordinal) ? "" : "summary: One page of hostile input.\n";
        File.WriteAllText(page, $"---\ntitle: Hostile\n{summary}{fields}reviewed: 2020-01-01\n---\n\n{body}");
        return new FileInfo(page).Length;
    }
}
