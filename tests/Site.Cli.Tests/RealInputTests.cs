namespace Site.Cli.Tests;

public sealed class RealInputTests
{
    [Fact]
    public void Should_build_the_repository_input_without_errors()
    {
        // Given the repository's own input/
        var input = Path.Combine(RepositoryRoot.Path, "input");
        using var scratch = new SiteFolder(new Dictionary<string, string>());

        // When it is built into a scratch folder
        var run = CliRun.InProcess(scratch.Root, "build", "--input", input, "--output", "site");

        // Then it succeeds with a home page and a page for every markdown file
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(scratch.PathOf("site/index.html")).ShouldBeTrue();
        var documents = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(input, f).StartsWith("assets", StringComparison.Ordinal));
        foreach (var document in documents)
        {
            var relative = Path.GetRelativePath(input, document).Replace('\\', '/');
            var stem = relative[..^3];
            var expected = stem == "index" ? "index.html" : stem + "/index.html";
            File.Exists(scratch.PathOf("site/" + expected)).ShouldBeTrue(expected);
        }
    }
}
