using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// A deterministic synthetic site of N documents: substances with paragraphs, lists, tables and wiki
/// links to mechanisms and each other, mechanisms, and plain pages. The same seed gives the same files.
/// </summary>
public static class SyntheticSite
{
    public static void Write(string inputDirectory, int pages, int seed = 42)
    {
        var random = new Random(seed);
        var mechanisms = Math.Max(1, pages / 10);
        var substances = Math.Max(1, pages - mechanisms - 1);
        Directory.CreateDirectory(Path.Combine(inputDirectory, "substances"));
        Directory.CreateDirectory(Path.Combine(inputDirectory, "mechanisms"));
        File.WriteAllText(Path.Combine(inputDirectory, "site.yml"), "title: Synthetic\n");
        File.WriteAllText(Path.Combine(inputDirectory, "index.md"), "---\ntitle: Synthetic\n---\n\nA generated site.\n");

        for (var m = 0; m < mechanisms; m++)
        {
            File.WriteAllText(
                Path.Combine(inputDirectory, "mechanisms", $"mechanism-{m}.md"),
                $"---\ntitle: Mechanism {m}\nsummary: A generated mechanism.\n---\n\n## Overview\n\n{Paragraph(random, substances, mechanisms)}\n");
        }

        for (var s = 0; s < substances; s++)
        {
            var listed = string.Join(", ", Enumerable.Range(0, 2).Select(_ => $"mechanism-{random.Next(mechanisms)}").Distinct());
            var body = new StringBuilder();
            body.Append("## Effects\n\n").Append(Paragraph(random, substances, mechanisms)).Append("\n\n");
            body.Append("- ").Append(Paragraph(random, substances, mechanisms)).Append("\n- Another point about [[mechanism-")
                .Append(random.Next(mechanisms).ToString(CultureInfo.InvariantCulture)).Append("]].\n\n");
            body.Append("| Dose | Effect |\n| --- | --- |\n| low | mild |\n| high | strong |\n\n");
            body.Append("## Dosing\n\n").Append(Paragraph(random, substances, mechanisms)).Append('\n');
            File.WriteAllText(
                Path.Combine(inputDirectory, "substances", $"substance-{s}.md"),
                $"---\ntitle: Substance {s}\nmechanisms: [{listed}]\nsummary: A generated substance.\n---\n\n{body}");
        }
    }

    private static string Paragraph(Random random, int substances, int mechanisms) =>
        $"Generated text about [[substance-{random.Next(substances)}]] acting through [[mechanism-{random.Next(mechanisms)}]], " +
        $"with *emphasis*, **strong text** and a link to [[substance-{random.Next(substances)}#dosing]]. " +
        "It goes on for a while so that the page has a realistic amount of text to parse and render.";
}
