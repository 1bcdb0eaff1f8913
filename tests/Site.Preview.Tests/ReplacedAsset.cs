namespace Site.Preview.Tests;

/// <summary>
/// The ways an asset that was served as a file can stop being a file of the site on disk while the preview
/// still lists it: replaced by a named pipe, or by a link that leads out of input/, to a pipe, or nowhere.
/// </summary>
internal static class ReplacedAsset
{
    /// <summary>What a file outside input/ holds: if a response carries it, the link was followed out.</summary>
    public const string Secret = "SECRET: this file lies outside input/";

    /// <summary>The asset's content before it is replaced.</summary>
    public const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n";

    /// <summary>The asset the replacements act on, relative to input/.</summary>
    public const string Path = "assets/x.svg";

    /// <summary>Every replacement <see cref="Apply"/> knows, for theories.</summary>
    public static TheoryData<string> All => new(
        "a named pipe",
        "a link to a file outside the input",
        "a link to a named pipe inside the input",
        "a dangling link",
        "a link to itself",
        "a folder link leading outside the input");

    /// <summary>Replaces the asset at <see cref="Path"/> in <paramref name="folder"/> as <paramref name="how"/> says.</summary>
    public static void Apply(SiteFolder folder, string how)
    {
        var asset = folder.PathOf(Path);
        var outside = System.IO.Path.Combine(folder.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(System.IO.Path.Combine(outside, "x.svg"), Secret);
        switch (how)
        {
            case "a named pipe":
                File.Delete(asset);
                NamedPipe.Create(asset);
                break;
            case "a link to a file outside the input":
                File.Delete(asset);
                File.CreateSymbolicLink(asset, System.IO.Path.Combine(outside, "x.svg"));
                break;
            case "a link to a named pipe inside the input":
                NamedPipe.Create(folder.PathOf("pipe"));
                File.Delete(asset);
                File.CreateSymbolicLink(asset, "../pipe");
                break;
            case "a dangling link":
                File.Delete(asset);
                File.CreateSymbolicLink(asset, "nothing.svg");
                break;
            case "a link to itself":
                File.Delete(asset);
                File.CreateSymbolicLink(asset, "x.svg");
                break;
            case "a folder link leading outside the input":
                Directory.Delete(folder.PathOf("assets"), recursive: true);
                Directory.CreateSymbolicLink(folder.PathOf("assets"), outside);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, "no such replacement");
        }
    }

    /// <summary>Unblocks whatever a failing server left waiting on a pipe this made.</summary>
    public static void ReleasePipes(SiteFolder folder)
    {
        foreach (var pipe in new[] { folder.PathOf(Path), folder.PathOf("pipe") })
        {
            if (Site.Core.Loading.FileSystemEntries.KindOf(pipe) == Site.Core.Loading.FileKind.NamedPipe)
            {
                NamedPipe.ReleaseReaders(pipe);
            }
        }
    }
}
