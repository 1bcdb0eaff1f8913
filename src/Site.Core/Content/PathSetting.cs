using Site.Core.Text;

namespace Site.Core.Content;

/// <summary>A path site.yml gives (<c>retractions</c>, <c>theme</c>), and where it gives it, for diagnostics.</summary>
/// <param name="Path">The path as written, relative to the input folder.</param>
/// <param name="Location">The value's place in site.yml.</param>
/// <param name="SourceLine">The text of that line, for the caret display.</param>
public sealed record PathSetting(string Path, SourceLocation Location, string SourceLine);
