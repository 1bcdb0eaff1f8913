using System.Text;
using Site.Core.Building;
using Site.Core.Writing;

namespace Site.Core.Tests.Writing;

public sealed class PendingOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-pending-tests", Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "output");

    [Fact]
    public void Should_write_pages_and_files_into_a_marked_temporary_folder_and_swap_it_in_only_when_published()
    {
        // Given a previous output, and a new site being written beside it
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, OutputFolder.MarkerFileName), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(Output, "old.html"), "old");
        using var held = OutputLock.TryTake(Output).ShouldNotBeNull();
        using var pending = PendingOutput.Begin(held);

        // When pages and files are written into it
        pending.Write("/substances/ketamine/", Encoding.UTF8.GetBytes("<p>ketamine"));
        pending.Write("/404.html", Encoding.UTF8.GetBytes("<p>missing"));
        pending.Write([new OutputFile("data/claims.json", stream => stream.Write("[]\n"u8))]);

        // Then they are in the marked temporary folder, and the output is as it was until it is published
        File.ReadAllText(Path.Combine(pending.Folder, "substances/ketamine/index.html")).ShouldBe("<p>ketamine");
        File.ReadAllText(Path.Combine(pending.Folder, OutputFolder.MarkerFileName)).ShouldBe(OutputFolder.MarkerText);
        Directory.GetFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([OutputFolder.MarkerFileName, "old.html"]);
        pending.Publish();
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            .ShouldBe([OutputFolder.MarkerFileName, "404.html", "data/claims.json", "substances/ketamine/index.html"]);
        Directory.GetDirectories(_root).Select(Path.GetFileName).ShouldBe(["output"]);
    }

    [Fact]
    public void Should_delete_its_folder_and_leave_the_output_as_it_was_when_disposed_unpublished()
    {
        // Given a previous output, and a new site half written beside it
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "old.html"), "old");
        using var held = OutputLock.TryTake(Output).ShouldNotBeNull();
        var pending = PendingOutput.Begin(held);
        pending.Write("/substances/ketamine/", Encoding.UTF8.GetBytes("<p>ketamine"));

        // When it is disposed without being published (the build failed)
        pending.Dispose();

        // Then the temporary folder is gone and the output is untouched
        Directory.Exists(pending.Folder).ShouldBeFalse();
        Directory.GetDirectories(_root).Select(Path.GetFileName).ShouldBe(["output"]);
        Directory.GetFiles(Output).Select(Path.GetFileName).ShouldBe(["old.html"]);
    }

    [Fact]
    public void Should_keep_a_page_it_cannot_write_as_its_failure_and_refuse_to_publish()
    {
        // Given a previous output, and a new site being written, with a file where a page's folder must go
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "old.html"), "old");
        using var held = OutputLock.TryTake(Output).ShouldNotBeNull();
        using var pending = PendingOutput.Begin(held);
        pending.Write([new OutputFile("substances", stream => stream.Write("in the way"u8))]);

        // When a page is written under it, and another page after it
        pending.Write("/substances/ketamine/", Encoding.UTF8.GetBytes("<p>ketamine"));
        pending.Write("/about/", Encoding.UTF8.GetBytes("<p>about"));

        // Then the build goes on (its content may explain the clash), no page is written after the failure, and
        // publishing fails with a setup problem that says the previous output is kept, as it is
        pending.Failure.ShouldNotBeNull();
        File.Exists(Path.Combine(pending.Folder, "about/index.html")).ShouldBeFalse();
        Should.Throw<SiteSetupException>(pending.Publish).Message.ShouldEndWith("the previous output was left as it was");
        Directory.GetFiles(Output).Select(Path.GetFileName).ShouldBe(["old.html"]);
        Directory.GetDirectories(_root).Select(Path.GetFileName).ShouldBe(["output"]);
    }

    [Theory]
    [InlineData("/../")]
    [InlineData("/a/../../")]
    public void Should_never_write_a_page_outside_its_folder(string url)
    {
        // Given a new site being written
        using var held = OutputLock.TryTake(Output).ShouldNotBeNull();
        using var pending = PendingOutput.Begin(held);

        // When a page whose URL leads out of the folder is written (its content would be an error, judged only later)
        pending.Write(url, Encoding.UTF8.GetBytes("<p>escaped"));

        // Then nothing is written outside the folder, and the site cannot be published
        File.Exists(Path.Combine(_root, "index.html")).ShouldBeFalse();
        File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "index.html")).ShouldBeFalse();
        pending.Failure.ShouldNotBeNull().ShouldContain("not a path inside the output folder");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
