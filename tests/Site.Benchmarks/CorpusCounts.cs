using System.Globalization;
using Markdig;
using Markdig.Syntax;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.WikiLinks;

namespace Site.Benchmarks;

/// <summary>
/// What a content folder holds, counted by parsing every body with the site's own Markdig pipeline:
/// a citation is one key at one place (<c>[@a; @b]</c> is two), as the site's graph counts them.
/// </summary>
/// <param name="Pages">Markdown documents of every kind.</param>
/// <param name="Substances">Documents in substances/.</param>
/// <param name="Mechanisms">Documents in mechanisms/.</param>
/// <param name="References">Documents in references/.</param>
/// <param name="Citations">Cited keys.</param>
/// <param name="CitationGroups">Bracketed citations.</param>
/// <param name="WikiLinks">Wiki links.</param>
internal sealed record CorpusCounts(int Pages, int Substances, int Mechanisms, int References, int Citations, int CitationGroups, int WikiLinks)
{
    public static CorpusCounts Of(string input)
    {
        var documents = CorpusFiles.Documents(input);
        int citations = 0, groups = 0, wikiLinks = 0;
        Parallel.ForEach(documents, relative =>
        {
            var markdown = Markdown.Parse(CorpusFiles.Body(File.ReadAllText(Path.Combine(input, relative))), SiteMarkdown.Pipeline);
            var cited = markdown.Descendants<CitationGroup>().ToList();
            Interlocked.Add(ref groups, cited.Count);
            Interlocked.Add(ref citations, cited.Sum(group => group.Items.Count));
            Interlocked.Add(ref wikiLinks, markdown.Descendants<WikiLink>().Count());
        });

        int Count(DocumentKind kind) => documents.Count(relative => DocumentKinds.FromPath(relative) == kind);
        return new CorpusCounts(documents.Count, Count(DocumentKinds.Substance), Count(DocumentKinds.Mechanism), Count(DocumentKinds.Reference), citations, groups, wikiLinks);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Pages:N0} pages ({Substances:N0} substances, {Mechanisms:N0} mechanisms, {References:N0} references, " +
        $"{Pages - Substances - Mechanisms - References:N0} other), {Citations:N0} citations in {CitationGroups:N0} brackets, {WikiLinks:N0} wiki links");
}
