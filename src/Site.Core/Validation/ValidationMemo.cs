using Site.Core.Diagnostics;

namespace Site.Core.Validation;

/// <summary>What each graph analyzer reported in one compilation, for the next to keep where it provably reports the same.</summary>
/// <param name="Graph">The number of the graph analyzed.</param>
/// <param name="Reported">Each analyzer's diagnostics, in the order of <see cref="ValidatePhase.DefaultAnalyzers"/>.</param>
internal sealed record ValidationMemo(long Graph, IReadOnlyList<IReadOnlyList<Diagnostic>> Reported);
