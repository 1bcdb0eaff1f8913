namespace Site.Preview;

/// <summary>How to run the preview.</summary>
/// <param name="InputDirectory">The content folder (absolute).</param>
/// <param name="WorkingDirectory">Paths in diagnostics are relative to this folder.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="ThemeAssetsDirectory">The theme's sources to watch (its templates/ and assets/), or null: an edit there renders every page again.</param>
/// <param name="Retractions">A Retraction Watch CSV file (absolute), which wins over site.yml's; or null.</param>
/// <param name="ThemeFolder">The site's own theme folder given with <c>--theme</c> (absolute), which wins over site.yml's and is watched; or null.</param>
public sealed record PreviewOptions(
    string InputDirectory, string WorkingDirectory, int Port = 5080, string? ThemeAssetsDirectory = null, string? Retractions = null, string? ThemeFolder = null);
