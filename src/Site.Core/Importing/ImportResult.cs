using Site.Core.Diagnostics;

namespace Site.Core.Importing;

/// <summary>What an import did, or would do with <c>--dry-run</c>.</summary>
/// <param name="Diagnostics">Every problem and every entry already present, in file order.</param>
/// <param name="Planned">The files written (or that would be), in the order of the entries.</param>
/// <param name="AlreadyPresent">How many entries were already references (or twice in the import) and not written again.</param>
/// <param name="Written">Whether the files were written: never with <c>--dry-run</c>, never when there is an error.</param>
public sealed record ImportResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PlannedReference> Planned, int AlreadyPresent, bool Written)
{
    /// <summary>True when any entry could not be imported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>"imported 12, 2 already present, 1 problem" (or "would import" for a dry run, "updated" for refreshed ones).</summary>
    public string Summary(bool dryRun)
    {
        var created = Planned.Count(p => !p.IsUpdate);
        var updated = Planned.Count(p => p.IsUpdate);
        var problems = Diagnostics.Count(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning);
        var verb = dryRun || (HasErrors && Planned.Count > 0) ? "would import" : "imported";
        var parts = new List<string> { $"{verb} {created}" };
        if (updated > 0)
        {
            parts.Add($"{(dryRun ? "would update" : "updated")} {updated}");
        }

        parts.Add($"{AlreadyPresent} already present");
        parts.Add(DiagnosticCounts.Describe(problems, "problem"));
        var summary = string.Join(", ", parts);
        return HasErrors ? summary + "; nothing was written" : summary;
    }
}
