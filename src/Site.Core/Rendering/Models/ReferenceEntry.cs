using Site.Core.Content;
using Site.Core.Rendering.Vancouver;

namespace Site.Core.Rendering.Models;

/// <summary>A reference as lists show it: its Vancouver entry, evidence level and page.</summary>
/// <param name="Key">The citation key (the reference's id).</param>
/// <param name="Url">The site URL of the reference's page.</param>
/// <param name="Entry">The Vancouver entry, in segments a theme can link.</param>
/// <param name="Evidence">The evidence level, or null when not assessed.</param>
public sealed record ReferenceEntry(string Key, string Url, VancouverEntry Entry, EvidenceLevel? Evidence)
{
    /// <summary>The front matter name of the evidence level ("rct"), for styling, or null.</summary>
    public string? EvidenceName => Evidence is { } level ? EvidenceLevels.Name(level) : null;

    /// <summary>The label readers see ("Randomised controlled trial"), or "Evidence level not assessed".</summary>
    public string EvidenceLabel => Evidence is { } level ? EvidenceLevels.Label(level) : "Evidence level not assessed";
}
