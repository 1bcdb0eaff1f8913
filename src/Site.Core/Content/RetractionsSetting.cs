using Site.Core.Text;

namespace Site.Core.Content;

/// <summary>Where site.yml's <c>retractions</c> says the retraction data is, and where it says so, for diagnostics.</summary>
/// <param name="Path">The path as written, relative to the input folder.</param>
/// <param name="Location">The value's place in site.yml.</param>
/// <param name="SourceLine">The text of that line, for the caret display.</param>
public sealed record RetractionsSetting(string Path, SourceLocation Location, string SourceLine);
