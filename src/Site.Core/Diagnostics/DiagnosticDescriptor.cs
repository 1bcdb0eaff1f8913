namespace Site.Core.Diagnostics;

/// <summary>A rule: its stable code, its default severity and a one-line description (used by SARIF).</summary>
/// <param name="Code">The stable kebab-case code.</param>
/// <param name="DefaultSeverity">The severity before site.yml's overrides.</param>
/// <param name="Description">One line on what the rule asks.</param>
/// <param name="PinnedBecause">
/// Why site.yml may not lower this rule's severity, or null when it may: some rules guard what the build writes
/// (a page on a reserved URL would replace the site's own page), and ignoring them would drop pages silently.
/// </param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Description, string? PinnedBecause = null)
{
    /// <summary>True when site.yml's <c>severity:</c> may change this rule.</summary>
    public bool CanBeLowered => PinnedBecause is null;
}
