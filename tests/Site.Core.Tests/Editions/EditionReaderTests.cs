using System.Diagnostics;
using System.Text;
using Site.Core.Editions;

namespace Site.Core.Tests.Editions;

public sealed class EditionReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "site-core-tests", "editions-" + Guid.NewGuid().ToString("N"));

    public EditionReaderTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Should_read_a_claims_json_ignoring_fields_it_does_not_know()
    {
        // Given a claims.json with fields the reader has no use for, and a status on one cited work
        Write("claims.json", """
            [
            {"page":"/substances/ketamine/","anchor":"claim-1","source":"input/substances/ketamine.md","line":8,"text":"Ketamine is an anaesthetic.","keys":["smith-2020","doe-2019"],"references":[{"key":"smith-2020","evidence":"rct","status":"retracted","retraction-date":"2021-03-04"},{"key":"doe-2019","evidence":"cohort"}],"evidence":["rct","cohort"],"flags":[],"covered":true,"pinned":false,"future":{"nested":[1]}}
            ]
            """);

        // When it is read
        var edition = EditionReader.Read("claims.json", _folder);

        // Then the claim is read with its keys, evidence and the status of the work that has one
        var claim = edition.Claims.ShouldHaveSingleItem();
        (claim.Page, claim.Anchor, claim.Text).ShouldBe(("/substances/ketamine/", "claim-1", "Ketamine is an anaesthetic."));
        claim.Keys.ShouldBe(["smith-2020", "doe-2019"]);
        claim.Evidence.ShouldBe(["rct", "cohort"]);
        claim.Statuses.ShouldBe(new Dictionary<string, string> { ["smith-2020"] = "retracted" });
    }

    [Fact]
    public void Should_read_the_claims_json_of_a_built_site_folder()
    {
        // Given a built site's folder holding claims.json
        Write("output/claims.json", """[{"page":"/a/","anchor":"claim-1","text":"A."}]""");

        // When the folder is read
        var edition = EditionReader.Read("output", _folder);

        // Then its claims are read; what a claim does not say is empty
        var claim = edition.Claims.ShouldHaveSingleItem();
        (claim.Keys.Count, claim.Evidence.Count, claim.Statuses.Count).ShouldBe((0, 0, 0));
    }

    [Theory]
    [InlineData("missing.json", "'missing.json' does not exist")]
    [InlineData("empty-folder", "'empty-folder' is a folder without claims.json")]
    [InlineData("broken.json", "'broken.json' is not JSON at line 2")]
    [InlineData("object.json", "'object.json' is not a claims.json: its top level is an object, not a list of claims")]
    [InlineData("no-page.json", "'no-page.json' is not a claims.json: claim 2 has no 'page' text")]
    [InlineData("twice.json", "'twice.json' is not a claims.json: claims 1 and 2 are both /a/#claim-1")]
    [InlineData("deep.json", "'deep.json' is not JSON")]
    public void Should_refuse_what_is_not_a_claims_json_with_a_message_naming_it(string path, string message)
    {
        // Given files that are not claims.json files, and a folder without one
        Directory.CreateDirectory(Path.Combine(_folder, "empty-folder"));
        Write("broken.json", "[\n{\"page\": }\n]");
        Write("object.json", """{"added": []}""");
        Write("no-page.json", """[{"page":"/a/","anchor":"claim-1","text":"A."},{"anchor":"claim-2","text":"B."}]""");
        Write("twice.json", """[{"page":"/a/","anchor":"claim-1","text":"A."},{"page":"/a/","anchor":"claim-1","text":"B."}]""");
        Write("deep.json", new string('[', 100_000) + new string(']', 100_000));

        // When one is read
        var error = Should.Throw<EditionReadException>(() => EditionReader.Read(path, _folder));

        // Then the message says what is wrong with it
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public void Should_refuse_a_file_larger_than_the_limit_without_reading_it()
    {
        // Given a (sparse) file one byte over the limit
        var path = Path.Combine(_folder, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(EditionReader.MaxBytes + 1);
        }

        // When it is read
        var started = Stopwatch.StartNew();
        var error = Should.Throw<EditionReadException>(() => EditionReader.Read("huge.json", _folder));

        // Then it is refused at once, by its size
        error.Message.ShouldBe("'huge.json' is 256 MiB; a claims.json of more than 256 MiB is not read");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Should_refuse_a_named_pipe_without_opening_it()
    {
        // Given a named pipe called claims.json, which would block whoever opened it
        var path = Path.Combine(_folder, "claims.json");
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            await mkfifo.WaitForExitAsync();
        }

        // When it is read
        var read = Task.Run(() => EditionReader.Read(_folder, _folder));
        var error = await Should.ThrowAsync<EditionReadException>(read.WaitAsync(TimeSpan.FromSeconds(10)));

        // Then it is refused for what it is
        error.Message.ShouldEndWith("claims.json' is a named pipe, not a claims.json");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
