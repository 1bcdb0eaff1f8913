using System.Text.Json.Nodes;
using Site.Core.Content;
using Site.Core.Text;

namespace Site.Core.Importing;

/// <summary>
/// One entry read from a bibliography file, as a CSL-JSON 1.0.2 item: the lingua franca every format is read into.
/// Conventions every reader keeps:
/// <list type="bullet">
/// <item>variables by their CSL names (<c>title</c>, <c>container-title</c>, <c>DOI</c>, <c>PMID</c>, <c>PMCID</c>,
/// <c>ISSN</c>, <c>abstract</c>...), <c>type</c> a CSL type (<see cref="CslTypes.Names"/>);</item>
/// <item>names (<c>author</c>, <c>editor</c>...) as arrays of <c>{"family", "given"}</c> objects, or
/// <c>{"literal"}</c> for a corporate author; given names as written in the source (<c>"John L"</c>, <c>"J. L."</c>);</item>
/// <item>dates (<c>issued</c>, <c>accessed</c>...) as <c>{"date-parts": [[2018, 7, 24]]}</c>, with as many parts as
/// the source gives; a date that cannot be read is reported, not guessed;</item>
/// <item>strings trimmed, TeX and entities decoded to plain Unicode, white space folded; no empty values;</item>
/// <item>the source's own key, if it has one, in <see cref="SourceKey"/>, not in the item.</item>
/// </list>
/// </summary>
/// <param name="Item">The CSL-JSON item.</param>
/// <param name="SourceKey">The entry's key in the source (a BibTeX key, a CSL-JSON <c>id</c>, a RIS <c>ID</c>), or null.</param>
/// <param name="Location">Where the entry starts in the file, for diagnostics.</param>
/// <param name="Evidence">The evidence level the source states unambiguously (a PubMed publication type), or null.</param>
public sealed record ImportedEntry(JsonObject Item, string? SourceKey, SourceLocation Location, EvidenceLevel? Evidence = null);
