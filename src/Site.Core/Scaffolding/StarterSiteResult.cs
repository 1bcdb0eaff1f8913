namespace Site.Core.Scaffolding;

/// <summary>What <see cref="StarterSite.Create"/> wrote.</summary>
/// <param name="Directory">The new site's folder (absolute).</param>
/// <param name="Written">The files written (absolute paths), in the order of <see cref="StarterSite.Files"/>.</param>
/// <param name="KeptGitIgnore">True when a <c>.gitignore</c> was there already and was left as it was.</param>
public sealed record StarterSiteResult(string Directory, IReadOnlyList<string> Written, bool KeptGitIgnore);
