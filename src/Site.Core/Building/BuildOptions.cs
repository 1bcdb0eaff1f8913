namespace Site.Core.Building;

/// <summary>What to build and how.</summary>
/// <param name="InputDirectory">The content folder (absolute or relative to <paramref name="WorkingDirectory"/>).</param>
/// <param name="OutputDirectory">Where to write the site; null for a check that writes nothing.</param>
/// <param name="WorkingDirectory">Paths in diagnostics are relative to this folder.</param>
/// <param name="WarningsAsErrors">Fail on warnings too.</param>
/// <param name="ProtectedDirectories">Folders the output may never be or contain (the theme).</param>
/// <param name="OnStep">Called with each step's name as it starts, for progress displays.</param>
/// <param name="Today">The build date for date-dependent rules; by default <see cref="BuildDate.Today"/>.</param>
/// <param name="WaitForOutput">
/// When another build holds the output's lock, wait for it to finish (true) or refuse at once with a
/// <see cref="SiteSetupException"/> (false).
/// </param>
/// <param name="OnWaitingForOutput">Called once when the build has to wait for another build of the same output.</param>
/// <param name="Retractions">
/// A Retraction Watch CSV file (absolute or relative to <paramref name="WorkingDirectory"/>), read wherever it is: the
/// maintainer's copy, which wins over site.yml's <c>retractions</c>. Null to use site.yml's.
/// </param>
/// <param name="Theme">
/// The site's own theme folder (absolute or relative to <paramref name="WorkingDirectory"/>), read wherever it is: the
/// maintainer's, which wins over site.yml's <c>theme</c>. Null to use site.yml's.
/// </param>
/// <param name="PreviousEdition">
/// The previous edition's claims.json, or the folder of its built site: the build then also writes /changes/ and the
/// Atom feed /changes.xml. Null for neither.
/// </param>
public sealed record BuildOptions(
    string InputDirectory,
    string? OutputDirectory,
    string WorkingDirectory,
    bool WarningsAsErrors = false,
    IReadOnlyList<string>? ProtectedDirectories = null,
    Action<string>? OnStep = null,
    DateOnly? Today = null,
    bool WaitForOutput = true,
    Action? OnWaitingForOutput = null,
    string? Retractions = null,
    string? PreviousEdition = null,
    string? Theme = null);
