using System.Diagnostics;
using System.Text;

namespace Site.Cli.Tests;

public sealed partial class CheckCommandTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void Should_report_bad_input_as_diagnostics_and_exit_1_without_a_stack_trace(string command)
    {
        // Given a site with a YAML alias bomb, emphasis nested 5,000 deep, quotes nested 10,000 deep,
        // a Latin-1 byte, a link to a missing file and a named pipe, besides valid pages
        using var site = new SiteFolder();
        var anchors = "abcdefghijkl";
        var lists = string.Join(", ", anchors.Select((name, i) => $"&{name} [{string.Join(", ", Enumerable.Repeat(i == 0 ? "lol" : "*" + anchors[i - 1], 9))}]"));
        site.Write("input/bomb.md", $"---\ntitle: Bomb\ndescription: [{lists}]\n? *l\n: boom\n---\n");
        site.Write("input/emphasis.md", "---\ntitle: Emphasis\n---\n\n" + new string('*', 10_000) + "Deep." + new string('*', 10_000) + "\n");
        site.Write("input/quotes.md", "---\ntitle: Quotes\n---\n\n" + new string('>', 10_000) + " Deep.\n");
        site.WriteBytes("input/latin1.md", [.. Encoding.UTF8.GetBytes("---\ntitle: Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\n---\n")]);
        File.CreateSymbolicLink(site.PathOf("input/ghost.md"), site.PathOf("input/missing.md"));
        using (var mkfifo = Process.Start("mkfifo", site.PathOf("input/pipe.md")))
        {
            mkfifo.WaitForExit();
        }

        // When the real command runs over it (killed after two minutes)
        var run = CliRun.AsProcess(site.Root, command);

        // Then each problem is a diagnostic where it is, the exit code is 1, nothing is written and no stack trace is shown
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/bomb.md:3:245: error invalid-front-matter");
        run.Out.ShouldContain("input/emphasis.md:5:257: error invalid-markdown");
        run.Out.ShouldContain("input/quotes.md:5:129: error invalid-markdown");
        run.Out.ShouldContain("input/latin1.md:2:11: error invalid-encoding");
        run.Out.ShouldContain("input/ghost.md:1:1: error unreadable-file");
        run.Out.ShouldContain("input/pipe.md:1:1: error unreadable-file");
        run.All.ShouldNotContain("   at ");
        run.All.ShouldNotContain("Exception");
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();
    }

    [Fact]
    public void Should_point_at_the_bad_yaml_value_as_a_real_process()
    {
        // Given a page whose front matter leaves a bracket open on its last line, and a site.yml with a tab indent
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\ndescription: [what this site is\n---\n");
        site.Write("input/site.yml", "title: Test site\nseverity:\n\tunused-reference: error\n");

        // When the real command checks it
        var run = CliRun.AsProcess(site.Root, "check");

        // Then each is reported at the mistake, not at the closing '---' or the start of the mapping
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/about.md:3:14: error invalid-front-matter: front matter is not valid YAML: the '[' here is never closed with ']'");
        run.Out.ShouldContain("input/site.yml:3:1: error invalid-front-matter: site.yml is not valid YAML: while scanning a mapping, found invalid tab as indentation");
    }
}
