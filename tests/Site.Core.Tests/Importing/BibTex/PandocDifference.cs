using System.Text.Json.Nodes;

namespace Site.Core.Tests.Importing.BibTex;

/// <summary>
/// One way our reading of BibTeX deliberately differs from pandoc's, for one CSL variable: how to bring both values to
/// a form where only the rest of the reading is compared.
/// </summary>
/// <param name="Variable">The CSL variable it concerns.</param>
/// <param name="Reason">Why we differ.</param>
/// <param name="Apply">Both values (ours, pandoc's) as they compare once this difference is set aside.</param>
internal sealed record PandocDifference(string Variable, string Reason, Func<JsonNode?, JsonNode?, (JsonNode? Ours, JsonNode? Pandoc)> Apply);
