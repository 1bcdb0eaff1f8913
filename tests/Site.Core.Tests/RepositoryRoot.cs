namespace Site.Core.Tests;

/// <summary>The checkout these tests run from: the folder above the test binaries that holds Site.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "Site.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
