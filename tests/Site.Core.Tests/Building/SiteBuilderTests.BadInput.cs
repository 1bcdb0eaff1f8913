using System.Diagnostics;
using System.Text;

namespace Site.Core.Tests.Building;

/// <summary>
/// Bad input: malformed, empty, mis-encoded or unreadable files. Each finishes within a time limit with
/// the diagnostics listed, never an exception or a hang; input that is valid after all builds cleanly.
/// </summary>
public sealed partial class SiteBuilderTests
{
    /// <summary>Far more than any of these small sites needs; a build that takes longer has hung.</summary>
    private static readonly TimeSpan SmallInputLimit = TimeSpan.FromSeconds(15);

    private const string JonesReference =
        "---\ntype: article-journal\ntitle: Ketamine for depression\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\nevidence: rct\n---\n";

    public static TheoryData<string> BadInputFixtures() => new(FixtureSites.BadInput());

    [Theory]
    [MemberData(nameof(BadInputFixtures))]
    public async Task Should_finish_with_exactly_the_expected_diagnostics_for_a_bad_input_fixture(string fixture)
    {
        // Given a fixture site of bad input and the diagnostics it must produce, as 'path:line:column severity code'
        using var site = TestSite.FromFixture("bad-input/" + fixture);
        var expected = FixtureSites.ExpectedDiagnostics("bad-input/" + fixture);

        // When it is built, within the time limit
        var result = await site.BuildWithin(SmallInputLimit, output: true);

        // Then the diagnostics are exactly those, in the stable order, and nothing is written
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(expected);
        result.Written.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_place_diagnostics_exactly_after_a_byte_order_mark_and_mixed_line_endings()
    {
        // Given a substance checked sentence by sentence, saved with a byte order mark and LF, CRLF and CR line endings in turn,
        // with an unknown field, an uncited sentence, an unknown key and a broken link
        string[] lines =
        [
            "---",
            "title: Ketamine",
            "sumary: A dissociative anaesthetic.",
            "---",
            "",
            "Ketamine blocks NMDA receptors [@jones-2018]. It acts within hours.",
            "",
            "It was first made in 1962 [@stevens-1962].",
            "",
            "- See [[nowhere]] for the history [@jones-2018].",
        ];
        // Each kind of line break in turn; never a CR at the end of a line before an empty line ending in LF, which would read as one CRLF
        string[] endings = ["\n", "\r\n", "\r", "\n", "\r\n", "\r", "\r\n", "\n", "\r", "\r\n"];
        var text = string.Concat(lines.Select((line, i) => line + endings[i]));
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nclaims:\n  substances: sentence\n",
            ["references/jones-2018.md"] = JonesReference,
        }).WriteBytes("substances/ketamine.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        // When it is checked
        var result = await site.BuildWithin(SmallInputLimit);

        // Then each diagnostic points at the line and column the editor shows, counting neither the mark nor the CRs
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/substances/ketamine.md:3:1 error unknown-field",
            "input/substances/ketamine.md:6:47 error uncited-claim",
            "input/substances/ketamine.md:8:29 error unknown-citation",
            "input/substances/ketamine.md:10:9 error broken-link",
        ]);
        result.Diagnostics[1].SourceLine.ShouldBe(lines[5]);
        result.Diagnostics[2].SourceLine.ShouldBe(lines[7]);
    }

    [Fact]
    public async Task Should_build_a_site_saved_with_byte_order_marks_and_crlf_line_endings_exactly_as_one_saved_with_lf()
    {
        // Given a valid site, and the same site with every file saved with a byte order mark and CRLF line endings
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\ndescription: Line endings\n",
            ["references/jones-2018.md"] = JonesReference + "\nA randomised trial.\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: A dissociative anaesthetic.\n---\n\n## Effects\n\nKetamine blocks NMDA receptors [@jones-2018].\n\n- Fast [@jones-2018]\n- Short-lived [@jones-2018]\n",
        };
        using var unix = TestSite.Write(files);
        using var windows = TestSite.Write(new Dictionary<string, string>());
        foreach (var (path, text) in files)
        {
            windows.WriteBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))]);
        }

        // When both are built
        var unixResult = await unix.BuildWithin(SmallInputLimit, output: true);
        var windowsResult = await windows.BuildWithin(SmallInputLimit, output: true);

        // Then both build cleanly to the same bytes
        unixResult.Diagnostics.ShouldBeEmpty();
        windowsResult.Diagnostics.ShouldBeEmpty();
        var expected = unix.Snapshot();
        var actual = windows.Snapshot();
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected)
        {
            actual[path].ShouldBe(bytes, path);
        }
    }

    [Fact]
    public async Task Should_report_invalid_utf8_where_the_first_bad_byte_is_and_read_the_rest()
    {
        // Given a Latin-1 byte in front matter and in site.yml, a character cut off at the end of a file,
        // a UTF-16 file and a file of random bytes
        var random = new Random(9);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);
        using var site = TestSite.Write(new Dictionary<string, string>())
            .WriteBytes("site.yml", [.. Encoding.UTF8.GetBytes("title: Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\nlanguge: fr\n")])
            .WriteBytes("substances/ketamine.md", [.. Encoding.UTF8.GetBytes("---\ntitle: Ketamine\nclass: Anesth"), 0xE9, .. Encoding.UTF8.GetBytes("tic\nsumary: x\n---\n")])
            .WriteBytes("about.md", [.. Encoding.UTF8.GetBytes("---\ntitle: About\n---\n\nPrice: 5 "), 0xE2, 0x82])
            .WriteBytes("utf16.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("---\ntitle: UTF-16\n---\n")])
            .WriteBytes("noise.md", noise);

        // When it is checked
        var result = await site.BuildWithin(SmallInputLimit);

        // Then each file's first bad byte is reported where it is, and the fields after it are still checked
        var lines = result.Diagnostics.Select(DiagnosticLine.Of).ToArray();
        lines.ShouldContain("input/site.yml:1:11 error invalid-encoding");
        lines.ShouldContain("input/site.yml:2:1 error unknown-field");
        lines.ShouldContain("input/substances/ketamine.md:3:14 error invalid-encoding");
        lines.ShouldContain("input/substances/ketamine.md:4:1 error unknown-field");
        lines.ShouldContain("input/about.md:5:10 error invalid-encoding");
        lines.ShouldContain("input/utf16.md:1:1 error invalid-encoding");
        lines.ShouldContain(l => l.StartsWith("input/noise.md:", StringComparison.Ordinal) && l.EndsWith(" error invalid-encoding", StringComparison.Ordinal));
        result.Diagnostics.Count(d => d.Code == "invalid-encoding").ShouldBe(5);
    }

    [Fact]
    public async Task Should_not_take_a_folder_named_like_a_page_or_like_site_yml_for_a_file()
    {
        // Given a valid site with a folder named like a substance page and a folder named site.yml
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n::: editorial\nText.\n:::\n",
        });
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "substances", "methadone.md"));
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "site.yml"));

        // When it is built
        var result = await site.BuildWithin(SmallInputLimit, output: true);

        // Then the folders are no documents and no settings: the site builds cleanly with the default settings
        result.Diagnostics.ShouldBeEmpty();
        result.Written.ShouldBeTrue();
        File.Exists(site.FileOf("/substances/ketamine/")).ShouldBeTrue();
        File.Exists(site.FileOf("/substances/methadone/")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_report_a_file_that_cannot_be_read_and_check_the_others()
    {
        // Given a link to a file in the input that does not exist, a link to itself, and a valid page with a broken link
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = "---\ntitle: About\n---\n\nSee [[nowhere]].\n",
        });
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "ghost.md"), "missing.md");
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "loop.md"), "loop.md");

        // When it is checked
        var result = await site.BuildWithin(SmallInputLimit);

        // Then each unreadable file is one diagnostic naming it, and the valid page is still checked
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/about.md:5:7 error broken-link",
            "input/ghost.md:1:1 error unreadable-file",
            "input/loop.md:1:1 error unreadable-file",
        ]);
        result.Diagnostics[1].Message.ShouldBe("cannot read the file: 'ghost.md' is a symbolic link to 'missing.md', which does not exist (or is a loop of links)");
    }

    [Fact]
    public async Task Should_report_a_named_pipe_called_like_a_page_without_opening_it()
    {
        // Given a named pipe called like a page: opening it would wait for a writer that never comes
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = "---\ntitle: About\n---\n\n::: editorial\nText.\n:::\n",
        });
        await MakeNamedPipe(Path.Combine(site.InputDirectory, "pipe.md"));

        // When it is checked
        var result = await site.BuildWithin(SmallInputLimit);

        // Then the build finishes, and the pipe is reported as what it is: only regular files are read
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/pipe.md:1:1 error unreadable-file");
        diagnostic.Message.ShouldBe("cannot read the file: it is a named pipe, not a regular file, and only regular files are read");
    }

    [Fact]
    public async Task Should_report_a_named_pipe_among_the_assets_and_write_nothing()
    {
        // Given a valid site with a named pipe among its assets, and a previous build in the output
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = "---\ntitle: About\n---\n\n::: editorial\nText.\n:::\n",
        });
        (await site.BuildWithin(SmallInputLimit, output: true)).Written.ShouldBeTrue();
        await MakeNamedPipe(Path.Combine(site.InputDirectory, "assets", "pipe.svg"));

        // When it is built
        var result = await site.BuildWithin(SmallInputLimit, output: true);

        // Then the pipe is reported, not copied as an empty file, and the previous output stands
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/assets/pipe.svg:1:1 error unreadable-file"]);
        result.Written.ShouldBeFalse();
        File.Exists(Path.Combine(site.OutputDirectory, "assets", "pipe.svg")).ShouldBeFalse();
        File.Exists(Path.Combine(site.OutputDirectory, "about", "index.html")).ShouldBeTrue();
    }

    private static async Task MakeNamedPipe(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", path);
        await mkfifo.WaitForExitAsync();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
