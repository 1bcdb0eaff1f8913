namespace Site.Core.Rendering.Models;

/// <summary>One bar of a page's evidence chart: how many distinct references of one evidence level it cites.</summary>
/// <param name="Level">The level's name ("rct", "not-assessed"), for styling.</param>
/// <param name="Label">The level as readers see it ("Randomised controlled trial").</param>
/// <param name="Count">The number of distinct references of that level.</param>
public sealed record EvidenceBar(string Level, string Label, int Count)
{
    /// <summary>
    /// The bar's length in percent of the longest bar of its chart: at least 2, so that a count of one still shows beside a
    /// count of fifty.
    /// </summary>
    public int Width { get; init; }
}
