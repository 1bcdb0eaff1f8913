namespace Site.Core.Rendering.Models;

/// <summary>A way back from a reference list entry to one place the page cites the work.</summary>
/// <param name="Id">The citation's id on the page.</param>
/// <param name="Number">Its place among the work's citations on the page, from 1.</param>
/// <param name="Letter">How the list shows it when there are several: "a", "b", … "aa".</param>
public sealed record Backlink(string Id, int Number, string Letter);
