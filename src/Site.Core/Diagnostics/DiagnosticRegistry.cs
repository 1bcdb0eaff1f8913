using Site.Core.Building;
using Site.Core.Importing;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.Validation;

namespace Site.Core.Diagnostics;

/// <summary>
/// Every rule the generator knows, gathered from those that raise them, never listed by hand: the phases in the
/// order a build runs them (load, parse, the analyzers of <see cref="ValidatePhase"/>, the compiler itself), then
/// importing. A rule two owners raise is listed once, at its first. SARIF's rules, site.yml's <c>severity:</c>
/// codes and the README's diagnostics table (<see cref="DiagnosticTable"/>) derive from it.
/// </summary>
public static class DiagnosticRegistry
{
    /// <summary>All rules, in that order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. LoadPhase.Descriptors
            .Concat(ParsePhase.Descriptors)
            .Concat(ValidatePhase.Descriptors)
            .Concat(SiteCompiler.Descriptors)
            .Concat(BibliographyImport.Descriptors)
            .Distinct(),
    ];

    /// <summary>The rule with this code, or null.</summary>
    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}
