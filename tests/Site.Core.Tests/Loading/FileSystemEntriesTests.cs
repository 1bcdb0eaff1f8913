using System.Diagnostics;
using System.Net.Sockets;
using Site.Core.Loading;

namespace Site.Core.Tests.Loading;

/// <summary>What a path is, without following it, and where its links really lead.</summary>
public sealed class FileSystemEntriesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-core-tests", Guid.NewGuid().ToString("N"));

    public FileSystemEntriesTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Should_tell_each_kind_of_entry_apart_without_following_links()
    {
        // Given a file, a folder, a link to the file, a named pipe, a socket and a device
        var file = Write("file.txt");
        var link = Path.Combine(_root, "link.txt");
        File.CreateSymbolicLink(link, file);
        var pipe = Path.Combine(_root, "pipe");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        var socketPath = Path.Combine(_root, "socket");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        // When each is examined
        // Then each is what it is, and the link is a link, not the file it leads to
        FileSystemEntries.KindOf(file).ShouldBe(FileKind.Regular);
        FileSystemEntries.KindOf(_root).ShouldBe(FileKind.Directory);
        FileSystemEntries.KindOf(link).ShouldBe(FileKind.SymbolicLink);
        FileSystemEntries.KindOf(pipe).ShouldBe(FileKind.NamedPipe);
        FileSystemEntries.KindOf(socketPath).ShouldBe(FileKind.Socket);
        FileSystemEntries.KindOf("/dev/null").ShouldBe(FileKind.Device);
        FileSystemEntries.KindOf(Path.Combine(_root, "missing")).ShouldBe(FileKind.Missing);
    }

    [Fact]
    public void Should_resolve_links_in_folders_and_at_the_end_of_a_path()
    {
        // Given a folder reached through a link to a link, and a relative link to a file in it
        var real = Path.Combine(_root, "real");
        Directory.CreateDirectory(real);
        var file = Write("real/page.md");
        Directory.CreateSymbolicLink(Path.Combine(_root, "first"), "real");
        Directory.CreateSymbolicLink(Path.Combine(_root, "second"), Path.Combine(_root, "first"));
        File.CreateSymbolicLink(Path.Combine(real, "alias.md"), "../real/./page.md");

        // When their real paths are asked for
        // Then every link along each path is replaced by what it leads to
        FileSystemEntries.RealPath(Path.Combine(_root, "second", "alias.md")).ShouldBe(file);
        FileSystemEntries.RealPath(Path.Combine(_root, "second")).ShouldBe(real);
        FileSystemEntries.RealPath(Path.Combine(_root, "second", "new", "file")).ShouldBe(Path.Combine(real, "new", "file"));
    }

    [Fact]
    public void Should_give_no_real_path_for_a_loop_of_links()
    {
        // Given two links that lead to each other
        File.CreateSymbolicLink(Path.Combine(_root, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(_root, "b"), "a");

        // When the real path is asked for
        // Then there is none
        FileSystemEntries.RealPath(Path.Combine(_root, "a")).ShouldBeNull();
    }

    [Theory]
    [InlineData("/site/input", "/site/input", true)]
    [InlineData("/site/input/assets/a.css", "/site/input", true)]
    [InlineData("/site/input-old/a.css", "/site/input", false)]
    [InlineData("/site", "/site/input", false)]
    public void Should_tell_whether_a_path_is_inside_a_folder_by_whole_segments(string path, string folder, bool inside)
    {
        // Given a path and a folder
        // When compared
        // Then a sibling whose name only starts like the folder is outside it
        FileSystemEntries.IsSameOrInside(path, folder).ShouldBe(inside);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Each test has its own folder.
        }
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }
}
