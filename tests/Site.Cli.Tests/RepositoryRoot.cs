namespace Site.Cli.Tests;

/// <summary>Finds the repository (the folder with Site.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Site.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
