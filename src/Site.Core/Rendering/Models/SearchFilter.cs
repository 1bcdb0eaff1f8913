namespace Site.Core.Rendering.Models;

/// <summary>A value the search box can narrow its results to: an evidence level, by name and label.</summary>
/// <param name="Name">What the index calls it ("rct").</param>
/// <param name="Label">What readers see ("Randomised controlled trial").</param>
public sealed record SearchFilter(string Name, string Label)
{
    /// <summary>The evidence levels the search box can filter claims and references by, strongest first, in <paramref name="wording"/>'s words.</summary>
    public static IReadOnlyList<SearchFilter> LevelsIn(Languages.SiteStrings wording) =>
        [.. Search.SearchShardWriter.LevelNames.Select(n => new SearchFilter(n, wording.EvidenceLevel(Content.EvidenceLevels.TryParse(n, out var level) ? level : null)))];
}
