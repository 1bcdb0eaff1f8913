using System.Runtime.CompilerServices;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Rendering.Vancouver;

namespace Site.Core.Rendering.Models;

/// <summary>A reference as lists show it: its Vancouver entry, evidence level and page.</summary>
/// <param name="Key">The citation key (the reference's id).</param>
/// <param name="Url">The site URL of the reference's page.</param>
/// <param name="Entry">The Vancouver entry, in segments a theme can link.</param>
/// <param name="Evidence">The evidence level, or null when not assessed.</param>
/// <param name="Fields">The bibliographic fields it was formatted from.</param>
public sealed record ReferenceEntry(string Key, string Url, VancouverEntry Entry, EvidenceLevel? Evidence, ReferenceFrontMatter Fields)
{
    // An entry depends on its document alone: an unchanged reference keeps its entry from build to build.
    private static readonly ConditionalWeakTable<ParsedDocument, ReferenceEntry> Entries = [];

    /// <summary>The front matter name of the evidence level ("rct"), or "not-assessed", for styling.</summary>
    public string EvidenceName => EvidenceLevels.Name(Evidence);

    /// <summary>The label readers see ("Randomised controlled trial"), or "Evidence level not assessed".</summary>
    public string EvidenceLabel => EvidenceLevels.Label(Evidence);

    /// <summary>The entry of a reference, formatted the first time it is asked for.</summary>
    public static ReferenceEntry Of(DocumentNode<ReferenceFrontMatter> reference) =>
        Entries.GetValue(reference.Document, document => Create(document, reference.FrontMatter));

    private static ReferenceEntry Create(ParsedDocument reference, ReferenceFrontMatter front) =>
        new(reference.Id, reference.Url, VancouverFormatter.Format(front), front.Evidence, front);
}
