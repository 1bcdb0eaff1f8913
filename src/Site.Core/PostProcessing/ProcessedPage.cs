using System.Text;
using Site.Core.Parsing;

namespace Site.Core.PostProcessing;

/// <summary>A finished page: its final HTML (when kept in memory) and every element id it contains.</summary>
/// <param name="Url">Its site URL.</param>
/// <param name="Content">
/// The final HTML document, as UTF-8: what is written and served; null when the page went to an
/// <see cref="IPageOutput"/> as it was finished (a build writes it to disk, a check drops it).
/// </param>
/// <param name="Ids">The ids of its elements: the anchors a link can point at.</param>
/// <param name="Document">The document it was made from, or null for generated pages.</param>
public sealed record ProcessedPage(string Url, byte[]? Content, IReadOnlySet<string> Ids, ParsedDocument? Document)
{
    /// <summary>The final HTML document as text, decoded from <see cref="Content"/> on each call.</summary>
    /// <exception cref="InvalidOperationException">The page was not kept in memory.</exception>
    public string Html => Encoding.UTF8.GetString(Content ?? throw new InvalidOperationException($"The page '{Url}' went to its output and was not kept."));
}
