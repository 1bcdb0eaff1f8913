using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// A deterministic synthetic site of N documents: substances with paragraphs, lists, tables, wiki
/// links to mechanisms and each other and 1-3 citations per paragraph, mechanisms, and one reference
/// per five pages with full bibliographic fields. Every claim (paragraph, list item, table row) cites
/// a generated reference, so the site checks clean. The same seed gives the same files.
/// </summary>
public static class SyntheticSite
{
    public static void Write(string inputDirectory, int pages, int seed = 42)
    {
        var random = new Random(seed);
        var mechanisms = Math.Max(1, pages / 10);
        var references = Math.Max(1, pages / 5);
        var substances = Math.Max(1, pages - mechanisms - references - 1);
        Directory.CreateDirectory(Path.Combine(inputDirectory, "substances"));
        Directory.CreateDirectory(Path.Combine(inputDirectory, "references"));
        Directory.CreateDirectory(Path.Combine(inputDirectory, "mechanisms"));
        File.WriteAllText(Path.Combine(inputDirectory, "site.yml"), "title: Synthetic\n");
        File.WriteAllText(Path.Combine(inputDirectory, "index.md"), "---\ntitle: Synthetic\n---\n\nA generated site.\n");

        string[] levels = ["systematic-review", "rct", "cohort", "case-report", "animal", "narrative-review"];
        for (var r = 0; r < references; r++)
        {
            var year = 1990 + (r % 35);
            File.WriteAllText(
                Path.Combine(inputDirectory, "references", $"reference-{r}.md"),
                $"---\ntype: article-journal\ntitle: A generated study of substance {r} in {year}\n" +
                $"author: [Author{r % 97} AB, Writer{r % 13} C, Third D]\ncontainer-title: J Gen Stud\nissued: {year}-0{1 + (r % 9)}\n" +
                $"volume: \"{r % 40}\"\nissue: \"{r % 12}\"\npage: {100 + r}-{110 + r}\nDOI: 10.5555/gen.{r}\nevidence: {levels[r % levels.Length]}\n---\n\n" +
                "What the generated study did and found.\n");
        }

        string Paragraph() => SyntheticSite.Paragraph(random, substances, mechanisms, references);

        for (var m = 0; m < mechanisms; m++)
        {
            File.WriteAllText(
                Path.Combine(inputDirectory, "mechanisms", $"mechanism-{m}.md"),
                $"---\ntitle: Mechanism {m}\nsummary: A generated mechanism.\n---\n\n## Overview\n\n{Paragraph()}\n");
        }

        for (var s = 0; s < substances; s++)
        {
            var listed = string.Join(", ", Enumerable.Range(0, 2).Select(_ => $"mechanism-{random.Next(mechanisms)}").Distinct());
            var body = new StringBuilder();
            body.Append("## Effects\n\n").Append(Paragraph()).Append("\n\n");
            // The list item's and rows' references follow from the substance's number rather than from
            // the random sequence, so every other draw (and so the rest of the site) stays as it was.
            body.Append("- ").Append(Paragraph()).Append("\n- Another point about [[mechanism-")
                .Append(random.Next(mechanisms).ToString(CultureInfo.InvariantCulture)).Append("]] ")
                .Append(Cite(s % references)).Append(".\n\n");
            body.Append("| Dose | Effect |\n| --- | --- |\n")
                .Append("| low | mild ").Append(Cite((s + 1) % references)).Append(" |\n")
                .Append("| high | strong ").Append(Cite((s + 2) % references)).Append(" |\n\n");
            body.Append("## Dosing\n\n").Append(Paragraph()).Append('\n');
            File.WriteAllText(
                Path.Combine(inputDirectory, "substances", $"substance-{s}.md"),
                $"---\ntitle: Substance {s}\nmechanisms: [{listed}]\nsummary: A generated substance.\n---\n\n{body}");
        }
    }

    private static string Cite(int reference) => "[@reference-" + reference.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Paragraph(Random random, int substances, int mechanisms, int references) =>
        $"Generated text about [[substance-{random.Next(substances)}]] acting through [[mechanism-{random.Next(mechanisms)}]], " +
        $"with *emphasis*, **strong text** and a link to [[substance-{random.Next(substances)}#dosing]] [@reference-{random.Next(references)}]. " +
        "It goes on for a while so that the page has a realistic amount of text to parse and render " +
        $"[{string.Join("; ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"@reference-{random.Next(references)}"))}].";
}
