namespace Site.Core.Building;

/// <summary>The content folder a command works on, and what every command says when it is not there.</summary>
public static class InputFolder
{
    /// <summary>The folder every command reads when no <c>--input</c> is passed, relative to the working directory.</summary>
    public const string Default = "input";

    /// <summary>The absolute path of <paramref name="input"/> (as the editor gave it), which must be an existing folder.</summary>
    /// <exception cref="SiteSetupException">There is no folder there.</exception>
    public static string RequireExisting(string input, string workingDirectory)
    {
        var full = Path.GetFullPath(input, workingDirectory);
        return Directory.Exists(full) ? full : throw Missing(input);
    }

    /// <summary>
    /// The input folder <paramref name="input"/>, as the editor gave it, is not there. A new editor meets this most
    /// often in a folder that holds no site yet, so it points to <c>site init</c> as well as to <c>--input</c>.
    /// </summary>
    public static SiteSetupException Missing(string input) => new(input == Default
        ? $"no input folder '{Default}' here; run 'site init' to start a site here, or pass --input PATH to use another folder"
        : $"the input folder '{input}' does not exist; pass --input PATH with a site's content folder, or run 'site init' to start a site");
}
