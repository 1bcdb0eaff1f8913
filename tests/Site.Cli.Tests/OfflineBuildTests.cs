namespace Site.Cli.Tests;

/// <summary>The build never goes online: only site add's own code, in Importing/Online, makes requests.</summary>
public sealed class OfflineBuildTests
{
    [Fact]
    public void Should_keep_every_HTTP_request_in_the_code_of_site_add()
    {
        // Given the library's sources
        var core = Path.Combine(RepositoryRoot.Path, "src", "Site.Core");
        var online = Path.Combine(core, "Importing", "Online") + Path.DirectorySeparatorChar;

        // When those outside Importing/Online are searched for an HTTP client or for site add's code
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.StartsWith(online, StringComparison.Ordinal) && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file) is var text && (text.Contains("HttpClient", StringComparison.Ordinal) || text.Contains("Importing.Online", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(core, file))
            .ToList();

        // Then there is none: no phase of the build can reach the network
        offenders.ShouldBeEmpty();
        Directory.EnumerateFiles(online, "*.cs").ShouldContain(file => File.ReadAllText(file).Contains("HttpClient", StringComparison.Ordinal));
    }
}
