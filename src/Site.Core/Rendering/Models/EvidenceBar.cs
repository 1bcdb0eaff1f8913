namespace Site.Core.Rendering.Models;

/// <summary>One bar of a page's evidence chart: how many distinct references of one evidence level it cites.</summary>
/// <param name="Level">The level's name ("rct", "not-assessed"), for styling.</param>
/// <param name="Label">The level as readers see it ("Randomised controlled trial").</param>
/// <param name="Count">The number of distinct references of that level.</param>
public sealed record EvidenceBar(string Level, string Label, int Count);
