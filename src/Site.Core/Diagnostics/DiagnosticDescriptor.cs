namespace Site.Core.Diagnostics;

/// <summary>
/// A rule: its stable code, its default severity, a one-line description (used by SARIF) and when it is raised (the
/// README's diagnostics table). The analyzer or phase that raises it declares it; <see cref="DiagnosticRegistry"/> gathers them.
/// </summary>
/// <param name="Code">The stable kebab-case code.</param>
/// <param name="DefaultSeverity">The severity before site.yml's overrides.</param>
/// <param name="Description">One line on what the rule asks.</param>
/// <param name="When">When it is raised, in markdown: the third column of the README's diagnostics table.</param>
/// <param name="PinnedBecause">
/// Why site.yml may not lower this rule's severity, or null when it may: some rules guard what the build writes
/// (a page on a reserved URL would replace the site's own page), and ignoring them would drop pages silently.
/// </param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Description, string When, string? PinnedBecause = null)
{
    /// <summary>True when site.yml's <c>severity:</c> may change this rule.</summary>
    public bool CanBeLowered => PinnedBecause is null;
}
