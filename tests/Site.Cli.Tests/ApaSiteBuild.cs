namespace Site.Cli.Tests;

/// <summary>
/// A copy of the repository's input/ set to <c>citationStyle: apa</c>, built once for a test class by
/// <c>site build --warnings-as-errors</c> into a scratch folder.
/// </summary>
public sealed class ApaSiteBuild() : BuiltSite("input", CopyInApa)
{
    private static void CopyInApa(SiteFolder scratch)
    {
        var source = Path.Combine(RepositoryRoot.Path, "input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = scratch.PathOf(Path.Combine("input", Path.GetRelativePath(source, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.AppendAllText(scratch.PathOf("input/site.yml"), "citationStyle: apa\n");
    }
}
