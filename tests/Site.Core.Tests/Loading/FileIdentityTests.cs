using System.Diagnostics;
using System.Globalization;
using Site.Core.Loading;

namespace Site.Core.Tests.Loading;

/// <summary><see cref="FileSystemEntries.IdentityOf"/> against stat(1), the oracle for the runtime's own status structure.</summary>
public sealed class FileIdentityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-identity-tests", Guid.NewGuid().ToString("N"));

    public FileIdentityTests() => Directory.CreateDirectory(_root);

    [Theory]
    [InlineData("a file")]
    [InlineData("a folder")]
    [InlineData("a link to a folder")]
    public void Should_give_the_device_and_inode_that_stat_gives_following_links(string what)
    {
        // Given an entry
        var folder = Directory.CreateDirectory(Path.Combine(_root, "folder")).FullName;
        var file = Path.Combine(_root, "file.txt");
        File.WriteAllText(file, "x");
        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, folder);
        var path = what switch { "a file" => file, "a folder" => folder, _ => link };

        // When its identity is read
        var identity = FileSystemEntries.IdentityOf(path);

        // Then it is what stat(1) says of what the path leads to
        var stat = Run("/usr/bin/stat", "-L", "-c", "%d %i", path).Split(' ');
        identity.ShouldBe(new FileIdentity(long.Parse(stat[0], CultureInfo.InvariantCulture), long.Parse(stat[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Should_give_none_for_a_missing_path_or_a_dangling_link()
    {
        // Given a path with nothing there, and a link to it
        var missing = Path.Combine(_root, "missing");
        var dangling = Path.Combine(_root, "dangling");
        File.CreateSymbolicLink(dangling, missing);

        // When their identities are read
        // Then there are none
        FileSystemEntries.IdentityOf(missing).ShouldBeNull();
        FileSystemEntries.IdentityOf(dangling).ShouldBeNull();
    }

    [Fact]
    public void Should_keep_a_folders_identity_when_it_is_moved_and_give_another_to_the_folder_made_in_its_place()
    {
        // Given a folder and its identity
        var input = Directory.CreateDirectory(Path.Combine(_root, "input")).FullName;
        var before = FileSystemEntries.IdentityOf(input);

        // When it is moved away and another folder is made under its name
        var away = Path.Combine(_root, "input.bak");
        Directory.Move(input, away);
        Directory.CreateDirectory(input);

        // Then the moved folder keeps the identity, and the new one has another
        before.ShouldNotBeNull();
        FileSystemEntries.IdentityOf(away).ShouldBe(before);
        FileSystemEntries.IdentityOf(input).ShouldNotBe(before);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
