namespace Site.Core.Importing;

/// <summary>What <c>site import</c> reads and how it writes.</summary>
/// <param name="Files">The bibliography files (absolute or relative to <paramref name="WorkingDirectory"/>).</param>
/// <param name="InputDirectory">The site's content folder; references go into its <c>references/</c>.</param>
/// <param name="WorkingDirectory">Paths in diagnostics and the plan are relative to this folder.</param>
/// <param name="DryRun">Say what would be written, and write nothing.</param>
/// <param name="Update">Refresh the bibliographic fields of references already present (same DOI or PMID).</param>
/// <param name="Format">The format's name, or null to recognise each file by its content.</param>
public sealed record ImportOptions(
    IReadOnlyList<string> Files,
    string InputDirectory,
    string WorkingDirectory,
    bool DryRun = false,
    bool Update = false,
    string? Format = null);
