namespace Site.Core.Diagnostics;

/// <summary>
/// Turns default severities into effective ones: per-code overrides from site.yml first, then
/// --warnings-as-errors. Diagnostics switched off are dropped. A pinned rule or diagnostic keeps its severity
/// (site.yml reports an attempt to lower one), though --warnings-as-errors still raises warnings.
/// </summary>
public sealed class SeverityPolicy(IReadOnlyDictionary<string, DiagnosticSeverity> overrides, bool warningsAsErrors)
{
    /// <summary>A policy with no overrides.</summary>
    public static SeverityPolicy Default { get; } = new(new Dictionary<string, DiagnosticSeverity>(), false);

    /// <summary>Applies the policy to a list, keeping its order.</summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.CanBeLowered && overrides.TryGetValue(diagnostic.Code, out var overridden) ? overridden : diagnostic.Severity;
            if (warningsAsErrors && severity == DiagnosticSeverity.Warning)
            {
                severity = DiagnosticSeverity.Error;
            }

            if (severity != DiagnosticSeverity.Off)
            {
                result.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity });
            }
        }

        return result;
    }
}
