using System.Text;

namespace Site.Core.Tests.Loading;

/// <summary>Line endings, byte order marks and bad bytes: diagnostics still point where the editor looks.</summary>
public sealed class LoadPhaseTests
{
    private const string Ketamine =
        "---\n" +
        "title: Ketamine\n" +
        "sumary: A dissociative anaesthetic.\n" +
        "---\n" +
        "\n" +
        "::: editorial\n" +
        "See [[missing-page]] and <b>raw</b>.\n" +
        "\n" +
        "First line of a paragraph\n" +
        "then [[nowhere]] here.\n" +
        ":::\n";

    private static readonly string[] KetamineDiagnostics =
    [
        "input/substances/ketamine.md:3:1 error unknown-field",
        "input/substances/ketamine.md:7:7 error broken-link",
        "input/substances/ketamine.md:7:26 warning raw-html",
        "input/substances/ketamine.md:7:32 warning raw-html",
        "input/substances/ketamine.md:10:8 error broken-link",
    ];

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void Should_place_diagnostics_on_the_same_line_and_column_whatever_the_line_endings_and_byte_order_mark(string lineEnding, bool byteOrderMark)
    {
        // Given a file with an unknown field, broken wiki links and raw HTML (in an editorial block, so no claim), saved with these line endings
        byte[] bom = byteOrderMark ? [0xEF, 0xBB, 0xBF] : [];
        using var site = TestSite.Write(new Dictionary<string, string>())
            .WriteBytes("substances/ketamine.md", [.. bom, .. Encoding.UTF8.GetBytes(Ketamine.Replace("\n", lineEnding))]);

        // When it is checked
        var result = site.Build();

        // Then every diagnostic lands where it does in the LF file without a BOM
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(KetamineDiagnostics);
        result.Diagnostics[0].SourceLine.ShouldBe("sumary: A dissociative anaesthetic.");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Should_map_a_yaml_error_to_its_line_in_the_file_whatever_the_line_endings(string lineEnding)
    {
        // Given front matter whose fourth line of the file has a second ': ' in a plain value
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/methadone.md"] = "---\ntitle: Methadone\nclass: Opioid agonist\nsummary: blocks: pain\n---\n".Replace("\n", lineEnding),
        });

        // When it is checked
        // Then the error points at the offending ':' on line 4, counting the opening '---' line
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/methadone.md:4:16 error invalid-front-matter"]);
    }

    [Fact]
    public void Should_report_the_first_invalid_byte_and_still_check_the_rest_of_the_file()
    {
        // Given a UTF-8 file whose body holds one Latin-1 'é' (the single byte 0xE9), with a broken link after it
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: Café\n---\n\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait, see [[nowhere]].\n")];
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = TestSite.HomeLinking("cafe") }).WriteBytes("cafe.md", bytes);

        // When it is checked
        var result = site.Build();

        // Then the bad byte is reported where the editor shows it, and the broken link after it too
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/cafe.md:5:4 error invalid-encoding",
            "input/cafe.md:5:21 error broken-link",
        ]);
        result.Diagnostics[0].Message.ShouldContain("0xE9");
        result.Diagnostics[0].Message.ShouldContain($"byte offset {Encoding.UTF8.GetByteCount("---\ntitle: Café\n---\n\nCaf")}");
    }

    [Fact]
    public void Should_count_the_byte_order_mark_in_the_byte_offset_of_an_invalid_byte_but_not_in_the_column()
    {
        // Given a file with a byte order mark and an invalid byte on its first body line
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: A\n---\nab"), 0xFF, .. Encoding.UTF8.GetBytes("\n")];
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = TestSite.HomeLinking("a") }).WriteBytes("a.md", bytes);

        // When it is checked
        var result = site.Build();

        // Then the column counts characters as the editor shows them, the byte offset counts bytes on disk
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/a.md:4:3 error invalid-encoding"]);
        result.Diagnostics[0].Message.ShouldContain("byte 0xFF at byte offset 22");
    }

    [Fact]
    public void Should_read_front_matter_after_a_byte_order_mark()
    {
        // Given a substance whose file starts with a byte order mark
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: Ketamine\nsummary: A dissociative anaesthetic.\n---\n\n::: editorial\nText.\n:::\n")];
        using var site = TestSite.Write(new Dictionary<string, string>()).WriteBytes("substances/ketamine.md", bytes);

        // When it is built
        site.Build(output: true);

        // Then the front matter is read: no diagnostics, and the page shows its title and summary
        site.Result.Diagnostics.ShouldBeEmpty();
        var page = site.Page("/substances/ketamine/");
        page.ShouldHave("main h1").TextContent.ShouldBe("Ketamine");
        page.ShouldHave("main .lead").TextContent.ShouldBe("A dissociative anaesthetic.");
    }

    [Fact]
    public void Should_not_enter_a_linked_folder_so_a_link_to_a_parent_cannot_loop()
    {
        // Given a folder inside input/ that links back to input/
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n::: editorial\nText.\n:::\n",
        });
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "substances", "loop"), site.InputDirectory);

        // When the site is checked
        var result = site.Build();

        // Then nothing behind the link is read: no duplicate of the page (ketamine plus the seven generated pages), no problem at all
        result.Diagnostics.ShouldBeEmpty();
        result.PageCount.ShouldBe(8);
    }
}
