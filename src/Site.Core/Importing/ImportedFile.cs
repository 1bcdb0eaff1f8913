using Site.Core.Diagnostics;

namespace Site.Core.Importing;

/// <summary>What a reader made of one bibliography file: its entries in file order, and every problem found, at its line and column.</summary>
public sealed record ImportedFile(IReadOnlyList<ImportedEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics);
