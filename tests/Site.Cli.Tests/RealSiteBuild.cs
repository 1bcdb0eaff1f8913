namespace Site.Cli.Tests;

/// <summary>The repository's own input/, built once for a test class by <c>site build</c> into a scratch folder.</summary>
public sealed class RealSiteBuild() : BuiltSite(Path.Combine(RepositoryRoot.Path, "input"));
