using Site.Core.Content;
using Site.Core.Styles;

namespace Site.Core.Rendering.Models;

/// <summary>A reference as lists show it: its entry in the site's citation style, evidence level and page.</summary>
/// <param name="Key">The citation key (the reference's id).</param>
/// <param name="Url">The site URL of the reference's page.</param>
/// <param name="Entry">The formatted entry, in segments a theme can link.</param>
/// <param name="Evidence">The evidence level, or null when not assessed.</param>
/// <param name="Fields">The bibliographic fields it was formatted from.</param>
public sealed record ReferenceEntry(string Key, string Url, FormattedEntry Entry, EvidenceLevel? Evidence, ReferenceFrontMatter Fields)
{
    /// <summary>The year suffix the style gave the work ("a" in "2018a"), or null.</summary>
    public string? Suffix { get; init; }

    /// <summary>The front matter name of the evidence level ("rct"), or "not-assessed", for styling.</summary>
    public string EvidenceName => EvidenceLevels.Name(Evidence);

    /// <summary>The label readers see, in the site's language ("Randomised controlled trial"), or "Evidence level not assessed".</summary>
    public string EvidenceLabel { get; init; } = EvidenceLevels.Label(Evidence);
}
