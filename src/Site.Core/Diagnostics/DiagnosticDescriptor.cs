namespace Site.Core.Diagnostics;

/// <summary>A rule: its stable code, its default severity and a one-line description (used by SARIF).</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Description);
