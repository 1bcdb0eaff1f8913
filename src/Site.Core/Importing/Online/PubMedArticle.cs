using System.Xml;
using System.Xml.Linq;

namespace Site.Core.Importing.Online;

/// <summary>
/// What site add takes from a PubMed record's XML (efetch): the abstract, its labelled parts written one after
/// another ("BACKGROUND: ... METHODS: ..."), and the publication types.
/// </summary>
/// <param name="Abstract">The abstract as plain text, or null when the record has none.</param>
/// <param name="PublicationTypes">The record's <c>PublicationType</c>s, in order.</param>
/// <param name="RetractionNoticePmid">The PubMed id of the retraction notice (<c>CommentsCorrections RefType="RetractionIn"</c>), or null.</param>
internal sealed record PubMedArticle(string? Abstract, IReadOnlyList<string> PublicationTypes, string? RetractionNoticePmid = null)
{
    /// <summary>The article <paramref name="pmid"/> in an efetch answer, or null when the answer does not hold it.</summary>
    /// <exception cref="XmlException">The answer is no XML.</exception>
    public static PubMedArticle? Read(string xml, string pmid)
    {
        // The answer declares PubMed's DTD; it is neither fetched nor expanded.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = XDocument.Load(reader);
        var citation = document.Descendants("MedlineCitation").FirstOrDefault(c => c.Element("PMID")?.Value.Trim() == pmid);
        if (citation?.Element("Article") is not { } article)
        {
            return null;
        }

        var parts = article.Element("Abstract")?.Elements("AbstractText")
            .Select(text => (Label: text.Attribute("Label")?.Value.Trim(), Text: PlainText.Folded(text.Value)))
            .Where(part => part.Text.Length > 0)
            .Select(part => string.IsNullOrEmpty(part.Label) ? part.Text : $"{part.Label}: {part.Text}")
            .ToList() ?? [];
        var types = article.Element("PublicationTypeList")?.Elements("PublicationType").Select(t => PlainText.Folded(t.Value)).Where(t => t.Length > 0).ToList() ?? [];
        var notice = citation.Element("CommentsCorrectionsList")?.Elements("CommentsCorrections")
            .Where(c => c.Attribute("RefType")?.Value == "RetractionIn")
            .Select(c => c.Element("PMID")?.Value.Trim())
            .FirstOrDefault(id => id is not null && Loading.FrontMatterReader.Pmid(id));
        return new PubMedArticle(parts.Count > 0 ? string.Join(' ', parts) : null, types, notice);
    }
}
