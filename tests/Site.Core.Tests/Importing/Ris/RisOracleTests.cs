using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Core.Importing;
using Site.Core.Importing.Ris;

namespace Site.Core.Tests.Importing.Ris;

/// <summary>
/// The RIS reader held to an outside one: citation-js (@citation-js/plugin-ris, pinned in tests/tools) reads every input
/// of ris.spec.md, and wherever both readers give a variable, they give the same value, but for the differences listed
/// here, each chosen and each with its reason. A listed difference that no longer occurs fails the test too, so that the
/// list stays the truth.
/// </summary>
public sealed class RisOracleTests
{
    // (the start of the example's title, the variable, or "entries" for a different count, or "error" when citation-js fails; why)
    private static readonly (string Example, string Variable, string Reason)[] Deliberate =
    [
        ("Zotero:", "keyword", "citation-js joins keywords with ','; they are joined with ', ', as Zotero's own CSL-JSON joins its tags"),
        ("PubMed:", "issued", "citation-js reads Y1 as a year only and keeps '2018/07/24' as a raw string; Y1 has the form of PY and DA"),
        ("EndNote:", "issued", "citation-js reads EndNote's DA 'Nov 10' as year 10, month 11; without a year, DA takes it from Y1"),
        ("EndNote:", "ISSN", "citation-js keeps SN whole, its notes and entity too; the ISSN is taken by its form"),
        ("Editors in A2 and ED", "editor", "citation-js's mixed spec reads no ED, the editor tag of the first RIS; exporters still write it"),
        ("Dates with empty parts", "issued", "citation-js prefers DA whatever its year; PY is the year of publication, and a DA of another year is some other date"),
        ("A type with no CSL equivalent", "type", "SLIDE: citation-js says motion_picture; slides are shown at a talk, so speech is nearer (and the reader warns)"),
        ("A record without a type", "error", "citation-js fails on a TY line without a value; the reader keeps the record as a document, with a warning"),
        ("Sloppy lines", "error", "citation-js takes only upper-case tags with two spaces (and fails on a field it finds outside a record); exporters and hand edits write one space and lower case"),
        ("Only the journal's abbreviation", "ISSN", "citation-js keeps a lower-case check letter; an ISSN's X is written in upper case"),
        ("Entities are decoded", "title", "citation-js keeps EndNote's '&amp;'; entities are decoded, as ImportedEntry asks"),
        ("Entities are decoded", "URL", "citation-js keeps the UR line whole; the item's URL is its first web address"),
        ("Names:", "author", "citation-js makes 'Jones JL' a literal; it is family and initials, the form PubMed and Vancouver lists write"),
        ("Fields outside a record", "title", "citation-js adds the lines after an ER to the record before it; they belong to no record, and are reported"),
    ];

    [Fact]
    public void Should_read_every_variable_of_the_spec_inputs_as_citation_js_does_but_for_the_listed_differences()
    {
        // Given every input of ris.spec.md, and what citation-js makes of each
        var examples = RisSpecTests.Examples().Select(row => ((string)row[0], ImportSpec.Source("spec.ris", (string)row[1]).Text)).ToList();
        var theirs = CitationJs(examples.Select(e => e.Item2));

        // When the site's reader reads each, and each item is set beside citation-js's for the same record (citation-js
        // gives one item per record; the reader leaves out a record without a title, and says where)
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var compared = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var (title, text) = examples[i];
            if (theirs[i] is JsonObject)
            {
                found.Add($"{title} | error");
                continue;
            }

            var file = new RisFormat().Read(new Site.Core.Text.SourceText("spec.ris", text));
            var records = file.Entries.Select(e => (e.Location.Line, Entry: (ImportedEntry?)e))
                .Concat(file.Diagnostics.Where(d => d.Code == "missing-field").Select(d => (d.Location.Line, Entry: (ImportedEntry?)null)))
                .OrderBy(r => r.Line).Select(r => r.Entry).ToList();
            var their = theirs[i]!.AsArray().OfType<JsonObject>().ToList();
            if (their.Count != records.Count)
            {
                found.Add($"{title} | entries");
                continue;
            }

            for (var j = 0; j < records.Count; j++)
            {
                if (records[j] is not { } entry)
                {
                    continue;
                }

                foreach (var (variable, value) in their[j])
                {
                    var mine = variable == "id" ? (entry.SourceKey is { } key ? JsonValue.Create(key) : null) : entry.Item[variable];
                    if (mine is null || (variable == "id" && value!.GetValue<string>().StartsWith("temp_id_", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    compared++;
                    if (!JsonNode.DeepEquals(mine, value))
                    {
                        found.Add($"{title} | {variable}");
                    }
                }
            }
        }

        // Then they differ only where the list says, and everywhere it says
        var expected = new SortedSet<string>(Deliberate.Select(d => $"{examples.Single(e => e.Item1.StartsWith(d.Example, StringComparison.Ordinal)).Item1} | {d.Variable}"), StringComparer.Ordinal);
        string.Join('\n', found).ShouldBe(string.Join('\n', expected));
        compared.ShouldBeGreaterThan(100, "enough variables both readers give");
    }

    // citation-js run once over all the texts: for each, an array of items, or {"error": ...}.
    private static JsonArray CitationJs(IEnumerable<string> texts)
    {
        var tools = Path.Combine(RepositoryRoot.Path, "tests", "tools");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "@citation-js", "plugin-ris")))
        {
            Assert.Fail($"citation-js is not installed ({Path.Combine(tools, "node_modules", "@citation-js", "plugin-ris")} is missing). Run the test command, bash scripts/test.sh, which installs it with npm ci --prefix tests/tools.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = tools,
        };
        start.ArgumentList.Add(Path.Combine(tools, "ris-to-csl.js"));
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node is not on the PATH ({e.Message}); install Node.js 20.19 or later, then run bash scripts/test.sh.");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(texts));
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("citation-js did not finish within 60 s");
            }

            process.ExitCode.ShouldBe(0, error.Result);
            return JsonNode.Parse(output.Result)!.AsArray();
        }
    }
}
