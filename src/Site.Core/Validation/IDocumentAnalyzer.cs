using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Validation;

/// <summary>
/// A rule each of whose diagnostics is about one document, in that document's file, and found from the document, the
/// graph's entries about it (its links, citations, claims) and what the whole site's ids, kinds, titles, front matter
/// and retraction notices are. A patched graph keeps all of that for every document but those it names, so an edit
/// checks those documents again and keeps the other documents' diagnostics.
/// </summary>
public interface IDocumentAnalyzer : IAnalyzer
{
    /// <summary>Reports every breach of the rule in <paramref name="documents"/>, documents of <paramref name="graph"/>.</summary>
    void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics);
}
