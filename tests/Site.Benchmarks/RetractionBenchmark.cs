using System.Diagnostics;
using System.Globalization;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Retractions;

namespace Site.Benchmarks;

/// <summary>
/// Reading the Retraction Watch CSV: a synthetic file of the real shape and size (the real header and column order, a
/// BOM, CRLF, quoted titles with commas and doubled quotes, institutions over two lines, '+reason;' and ';' lists,
/// m/d/yyyy dates, 'unavailable' DOIs and 0 PubMed ids, the four natures), loaded in this process as the build loads
/// it, median and range of <c>runs</c> loads after two unmeasured ones; then the whole <c>site build</c> of a content
/// folder with and without the file, in turn.
/// </summary>
internal static class RetractionBenchmark
{
    private static readonly string[] Natures = ["Retraction", "Retraction", "Retraction", "Retraction", "Retraction", "Retraction", "Retraction", "Retraction", "Correction", "Expression of concern"];

    private static readonly string[] Reasons =
    [
        "+Falsification/Fabrication of Data;", "+Concerns/Issues About Data;", "+Duplication of Image;", "+Plagiarism of Article;",
        "+Investigation by Journal/Publisher;", "+Paper Mill;", "+Error in Analyses;", "+Randomly Generated Content;",
    ];

    public static async Task<int> RunAsync(string input, int rows, int runs, int builds)
    {
        var root = Path.Combine(BenchmarkMachine.Scratch, "site-retractions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var file = Path.Combine(root, "retraction_watch.csv");
            Write(file, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic file: {rows:N0} rows, {new FileInfo(file).Length / (double)(1 << 20):0.0} MiB"));

            // The site's works: 150 DOIs and 50 PubMed ids, one in five of them in the file.
            var dois = new HashSet<string>(Enumerable.Range(0, 150).Select(i => i % 5 == 0 ? Doi(i * 397 % rows) : $"10.5555/absent.{i}"), StringComparer.Ordinal);
            var pmids = new HashSet<string>(Enumerable.Range(0, 50).Select(i => i % 5 == 0 ? Pmid(i * 911 % rows) : (90000000 + i).ToString(CultureInfo.InvariantCulture)), StringComparer.Ordinal);
            var samples = new List<RunSample>();
            var allocated = new List<long>();
            var matched = 0;
            for (var run = 0; run < runs + 2; run++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                var diagnostics = new DiagnosticBag();
                using (var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 64 * 1024 }))
                {
                    var data = RetractionData.Read(reader, "retraction_watch.csv", dois, pmids, diagnostics);
                    matched = dois.Count(d => data.Find(d, null) is not null) + pmids.Count(p => data.Find(null, p) is not null);
                    if (data.Rows != rows || diagnostics.ToSortedList().Count > 0)
                    {
                        throw new InvalidOperationException($"read {data.Rows} rows with {diagnostics.ToSortedList().Count} diagnostics");
                    }
                }

                stopwatch.Stop();
                if (run >= 2)
                {
                    samples.Add(new RunSample(stopwatch.Elapsed.TotalMilliseconds, Process.GetCurrentProcess().PeakWorkingSet64));
                    allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
                }
            }

            var load = RunSummary.Of(samples);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load: {load} over {runs} runs; {allocated.Average() / (1 << 20):0.0} MiB allocated a load; peak working set of this process {load.PeakMiB:0} MiB; {matched} works marked"));

            if (builds > 0 && BenchmarkMachine.Ready())
            {
                var without = new List<RunSample>();
                var with = new List<RunSample>();
                for (var run = 0; run < builds + 1; run++)
                {
                    var plain = Build(root, input, null);
                    var data = Build(root, input, file);
                    if (run > 0)
                    {
                        without.Add(plain);
                        with.Add(data);
                    }
                }

                Console.WriteLine($"site build of {input}, without the file: {RunSummary.Of(without)}, peak {RunSummary.Of(without).PeakMiB:0} MiB");
                Console.WriteLine($"site build of {input}, with --retractions: {RunSummary.Of(with)}, peak {RunSummary.Of(with).PeakMiB:0} MiB");
            }

            await Task.CompletedTask;
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static RunSample Build(string root, string input, string? file)
    {
        var output = Path.Combine(root, "out");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        List<string> arguments = [BenchmarkMachine.SiteDll, "build", "--input", Path.GetFullPath(input), "--output", output];
        if (file is not null)
        {
            arguments.AddRange(["--retractions", file]);
        }

        var run = MeasuredProcess.Run("dotnet", arguments, root);
        return new RunSample(run.Wall.TotalMilliseconds, run.PeakBytes);
    }

    private static string Doi(int row) => $"10.9999/journal.{row:D6}";

    private static string Pmid(int row) => (20000000 + row).ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="rows"/> rows in the real file's shape, the same for the same count.</summary>
    public static void Write(string path, int rows)
    {
        var random = new Random(42);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.Write("Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes\r\n");
        var line = new StringBuilder(2048);
        for (var row = 0; row < rows; row++)
        {
            line.Clear();
            var id = (10000 + row).ToString(CultureInfo.InvariantCulture);
            var year = 1990 + random.Next(34);
            var nature = row % 97 == 0 ? "Reinstatement" : Natures[random.Next(Natures.Length)];
            line.Append(id).Append(',');
            line.Append('"').Append("Effects of compound ").Append(row).Append(" on \"\"outcome\"\" measures, a ").Append(random.Next(2) == 0 ? "randomised trial" : "cohort study").Append("\",");
            line.Append("(HSC) Medicine - Oncology;(BLS) Biology - Cellular;,");
            line.Append(row % 5 == 0
                ? "\"Department of Medicine, University of Example " + row + ", City, Country;\nInstitute of Research, Other City, Country\","
                : "\"Department of Medicine, University of Example " + row + ", City, Country\",");
            line.Append("Journal of Examples ").Append(row % 800).Append(",Example Publishing,China;United States,");
            line.Append("Author A").Append(row).Append(";Author B;Author C,");
            line.Append("https://retractionwatch.com/").Append(year).Append("/example-").Append(row).Append("/,");
            line.Append("Research Article;,");
            line.Append(random.Next(1, 13)).Append('/').Append(random.Next(1, 29)).Append('/').Append(year + 2).Append(" 0:00,");
            line.Append("10.9999/notice.").Append(row.ToString("D6", CultureInfo.InvariantCulture)).Append(',');
            line.Append(row % 3 == 0 ? "0" : (30000000 + row).ToString(CultureInfo.InvariantCulture)).Append(',');
            line.Append(random.Next(1, 13)).Append('/').Append(random.Next(1, 29)).Append('/').Append(year).Append(" 0:00,");
            line.Append(row % 11 == 0 ? "unavailable" : Doi(row)).Append(',');
            line.Append(row % 4 == 0 ? "0" : Pmid(row)).Append(',');
            line.Append(nature).Append(',');
            for (var r = random.Next(1, 4); r > 0; r--)
            {
                line.Append(Reasons[random.Next(Reasons.Length)]);
            }

            line.Append(',').Append(random.Next(3) == 0 ? "Yes" : "No").Append(',');
            if (row % 7 == 0)
            {
                line.Append("\"See also the \"\"notice\"\", and the correction, ").Append(id).Append('"');
            }

            line.Append("\r\n");
            writer.Write(line);
        }
    }
}
