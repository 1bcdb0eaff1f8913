using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// A deterministic synthetic site of N documents in the proportions of the design's 10,000-page target:
/// one reference per five pages, one mechanism per ten, the rest substances and a home page; about six
/// citations per page (60,000 at 10,000 pages). Substances have an introduction, effects as a list, a
/// dosing table, how they act (wiki links to their mechanisms) and sometimes interactions and an
/// editorial note; claims cite one to four references, some with a locator or a prefix
/// (<c>[@a]</c>, <c>[@a; @b]</c>, <c>[see @a, p. 3]</c>); wiki links take all three forms
/// (<c>[[id]]</c>, <c>[[id|label]]</c>, <c>[[id#dosing]]</c>). References carry full CSL fields and
/// are cited unevenly, as a field's literature is: a few often, most a few times.
/// <para>
/// The site checks clean: every claim cites a reference, every reference is cited (each is the first
/// citation of some claim), every listed mechanism exists, every anchor linked to is a heading, and
/// review dates are within the site's <c>reviewMaxAgeMonths</c>. The same pages and seed give the
/// same bytes: one <see cref="Random"/>, drawn in file order, no clock, no hashing.
/// </para>
/// <para>
/// The dense shape is the citation-dense site of the render issue: 20% references, 20% mechanisms, the rest
/// substances; every substance and mechanism page has six paragraphs, a four-item list and a three-row table,
/// each a claim citing one to four references drawn at random (about 13 claims and 32 citations a page, each
/// reference cited about 130 times at 10,000 pages), and every substance lists two mechanisms.
/// </para>
/// </summary>
public sealed class SyntheticSite
{
    /// <summary>The seed every command uses unless told otherwise.</summary>
    public const int DefaultSeed = 42;

    private readonly Random random;
    private readonly SyntheticProse prose;
    private readonly (string Id, string Title)[] substances;
    private readonly (string Id, string Title)[] mechanisms;
    private readonly string[] referenceKeys;

    // Reference indexes in a shuffled order: the first claims cite each reference once, so none is unused.
    private readonly int[] referenceOrder;
    private readonly bool dense;
    private int claimCount;

    private SyntheticSite(int pages, int seed, bool dense)
    {
        random = new Random(seed);
        prose = new SyntheticProse(random);
        this.dense = dense;
        var references = Math.Max(1, pages / 5);
        var mechanismCount = Math.Max(dense ? 2 : 1, pages / (dense ? 5 : 10));
        var substanceCount = pages - references - mechanismCount - 1;
        if (substanceCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pages), pages, "a synthetic site needs at least 4 pages");
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        substances = Names(substanceCount, prose.SubstanceName, ids);
        mechanisms = Names(mechanismCount, prose.MechanismName, ids);
        referenceKeys = new string[references];
        referenceOrder = Enumerable.Range(0, references).ToArray();
        random.Shuffle(referenceOrder);
    }

    /// <summary>Writes a site of <paramref name="pages"/> markdown documents (at least 4) into <paramref name="inputDirectory"/>.</summary>
    public static void Write(string inputDirectory, int pages, int seed = DefaultSeed, bool dense = false) =>
        new SyntheticSite(pages, seed, dense).WriteAll(inputDirectory);

    private void WriteAll(string input)
    {
        foreach (var folder in (string[])["substances", "mechanisms", "references"])
        {
            Directory.CreateDirectory(Path.Combine(input, folder));
        }

        // reviewed dates are at most seven years old: a long maximum age keeps the site free of
        // stale-review warnings on any build date until 2116, so the files need no clock.
        WriteFile(input, "site.yml",
            "title: Synthetic evidence\ndescription: A generated site for benchmarks.\nbaseUrl: https://example.org/\nlanguage: en\n" +
            "claims:\n  substances: paragraph\n  mechanisms: paragraph\n  pages: off\n  references: off\nreviewMaxAgeMonths: 1200\n");
        WriteFile(input, "index.md",
            $"---\ntitle: Synthetic evidence\n---\n\nA generated site of {substances.Length} substances, {mechanisms.Length} mechanisms " +
            $"and {referenceKeys.Length} references, for benchmarks.\n\n[[{substances[0].Id}]] · [[{mechanisms[0].Id}]]\n");

        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < referenceKeys.Length; r++)
        {
            WriteReference(input, r, keys);
        }

        for (var m = 0; m < mechanisms.Length; m++)
        {
            WriteMechanism(input, m);
        }

        for (var s = 0; s < substances.Length; s++)
        {
            WriteSubstance(input, s);
        }
    }

    private void WriteReference(string input, int r, Dictionary<string, int> keys)
    {
        var family = prose.Family();
        var year = 1985 + random.Next(40);
        var key = UniqueKey(keys, Kebab(family) + "-" + year.ToString(CultureInfo.InvariantCulture));
        referenceKeys[r] = key;
        var (level, design) = prose.Evidence();
        var kind = random.Next(20) switch { 0 => "chapter", 1 => "report", _ => "article-journal" };
        var text = new StringBuilder("---\n");
        text.Append("type: ").Append(kind).Append('\n');
        text.Append("title: \"").Append(prose.StudyTitle(prose.Pick(substances).Title, design)).Append("\"\n");
        if (kind != "report")
        {
            var authors = new List<string> { family + " " + prose.Author().Split(' ')[^1] };
            for (var i = random.Next(7); i > 0; i--)
            {
                authors.Add(prose.Author());
            }

            text.Append(random.Next(2) == 0
                ? "author: [" + string.Join(", ", authors) + "]\n"
                : "author:\n" + string.Concat(authors.Select(a => "  - " + a + "\n")));
        }

        text.Append(kind switch
        {
            "chapter" => $"container-title: {prose.Book()}\npublisher: {prose.Publisher()}\n",
            "report" => $"publisher: {prose.Agency()}\n",
            _ => $"container-title: {prose.Journal()}\n",
        });
        text.Append("issued: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append(random.Next(3) switch
        {
            0 => "",
            1 => $"-{1 + random.Next(12):00}",
            _ => $"-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
        }).Append('\n');
        var first = 1 + random.Next(2000);
        if (kind == "article-journal")
        {
            text.Append($"volume: \"{1 + random.Next(120)}\"\n");
            if (random.Next(5) != 0)
            {
                text.Append($"issue: \"{1 + random.Next(12)}\"\n");
            }
        }

        if (kind != "report")
        {
            text.Append($"page: \"{first}-{first + 3 + random.Next(15)}\"\n");
            // The index makes every DOI and PMID unique, as the duplicate-reference check requires.
            text.Append($"DOI: 10.{1000 + random.Next(9000)}/gen.{year}.{r:00000}\n");
            if (random.Next(5) != 0)
            {
                text.Append($"PMID: {10000000 + r}\n");
            }
        }
        else
        {
            text.Append($"URL: https://example.org/reports/{key}\n");
        }

        // Now and then a work whose design is not stated: the site shows "not assessed".
        if (random.Next(30) != 0)
        {
            text.Append("evidence: ").Append(level).Append('\n');
        }

        text.Append("---\n\n").Append(prose.Annotation(design));
        WriteFile(input, Path.Combine("references", key + ".md"), text.ToString());
    }

    private void WriteMechanism(string input, int m)
    {
        var (id, title) = mechanisms[m];
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(title).Append('\n');
        text.Append("summary: ").Append(prose.MechanismSummary(title)).Append('\n');
        text.Append("reviewed: ").Append(Reviewed()).Append("\n---\n\n");
        if (dense)
        {
            text.Append(DenseBody(title, prose.MechanismSentence(title)));
            WriteFile(input, Path.Combine("mechanisms", id + ".md"), text.ToString());
            return;
        }

        text.Append(Claim([prose.MechanismSentence(title), prose.MechanismSentence(title)])).Append("\n\n");
        text.Append("## Overview\n\n");
        text.Append(Claim([prose.ClaimSentence(SubstanceLink()), prose.ClaimSentence(SubstanceLink())])).Append("\n\n");
        text.Append("## In practice\n\n");
        text.Append("- ").Append(Claim([prose.ClaimSentence(SubstanceLink())])).Append('\n');
        text.Append("- ").Append(Claim([prose.MechanismSentence(title)])).Append('\n');
        WriteFile(input, Path.Combine("mechanisms", id + ".md"), text.ToString());
    }

    private void WriteSubstance(string input, int s)
    {
        var (id, title) = substances[s];
        var listed = dense ? TwoMechanisms() : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => prose.Pick(mechanisms)).Distinct().ToList();
        var substanceClass = prose.SubstanceClass();
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(title).Append('\n');
        if (random.Next(5) < 2)
        {
            text.Append("aliases: [").Append(string.Join(", ", Enumerable.Range(0, 1 + random.Next(2)).Select(_ => prose.Brand()).Distinct())).Append("]\n");
        }

        text.Append("class: ").Append(substanceClass).Append('\n');
        text.Append("mechanisms:\n").Append(string.Concat(listed.Select(m => "  - " + m.Id + "\n")));
        text.Append("summary: ").Append(prose.SubstanceSummary(substanceClass)).Append('\n');
        text.Append("reviewed: ").Append(Reviewed()).Append("\n---\n\n");
        if (dense)
        {
            var acts = prose.MechanismSentence(string.Join(" and ", listed.Select(m => $"[[{m.Id}]]")));
            text.Append(DenseBody(title, acts));
            WriteFile(input, Path.Combine("substances", id + ".md"), text.ToString());
            return;
        }

        text.Append(Claim(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => prose.ClaimSentence(title)).ToList())).Append("\n\n");

        text.Append("## Effects\n\n");
        for (var i = 2 + random.Next(2); i > 0; i--)
        {
            text.Append("- ").Append(Claim([prose.ClaimSentence(title)])).Append('\n');
        }

        text.Append("\n## Dosing\n\n| Route | Dose | Onset |\n| --- | --- | --- |\n");
        for (var i = 0; i < 2; i++)
        {
            text.Append("| ").Append(prose.Route()).Append(" | ").Append(prose.Dose()).Append(" | ")
                .Append(Cited(prose.Onset(), Keys(1))).Append(" |\n");
        }

        text.Append("\n## How it acts\n\n");
        text.Append(Claim(listed.Select(m => prose.MechanismSentence(random.Next(5) < 3 ? $"[[{m.Id}]]" : $"[[{m.Id}|{m.Title}]]")).ToList())).Append('\n');

        if (random.Next(5) < 2)
        {
            text.Append("\n## Interactions\n\n");
            text.Append(Claim([prose.ClaimSentence($"{title} with {SubstanceLink()}"), $"Doses were those given under {DosingLink()}."])).Append('\n');
        }

        if (random.Next(10) < 3)
        {
            text.Append($"\n::: editorial\nCompare {SubstanceLink()} and {DosingLink()}. This note guides the reader and makes no claim.\n:::\n");
        }

        WriteFile(input, Path.Combine("substances", id + ".md"), text.ToString());
    }

    /// <summary>
    /// The dense page body: six paragraphs (the last saying how it acts, <paramref name="acts"/>), a four-item list and a
    /// three-row table, each a claim citing one to four references drawn at random.
    /// </summary>
    private string DenseBody(string title, string acts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5; i++)
        {
            text.Append(DenseClaim([prose.ClaimSentence(title), prose.ClaimSentence(i % 2 == 0 ? SubstanceLink() : title)])).Append("\n\n");
        }

        text.Append("## How it acts\n\n").Append(DenseClaim([acts])).Append("\n\n## Effects\n\n");
        for (var i = 0; i < 4; i++)
        {
            text.Append("- ").Append(DenseClaim([prose.ClaimSentence(title)])).Append('\n');
        }

        text.Append("\n## Dosing\n\n| Route | Dose | Onset |\n| --- | --- | --- |\n");
        for (var i = 0; i < 3; i++)
        {
            text.Append("| ").Append(prose.Route()).Append(" | ").Append(prose.Dose()).Append(" | ")
                .Append(Cited(prose.Onset(), UniformKeys())).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>A claim of <paramref name="sentences"/> whose last sentence cites one to four references drawn at random.</summary>
    private string DenseClaim(IReadOnlyList<string> sentences) =>
        string.Join(' ', sentences.Take(sentences.Count - 1)) + (sentences.Count > 1 ? " " : "") + Cited(sentences[^1][..^1], UniformKeys()) + ".";

    /// <summary>
    /// One to four distinct keys, uniformly drawn; the first key of the first claims walks through every reference
    /// once, so none is unused.
    /// </summary>
    private List<string> UniformKeys()
    {
        var n = referenceKeys.Length;
        var keys = new List<string> { referenceKeys[claimCount < n ? referenceOrder[claimCount] : random.Next(n)] };
        claimCount++;
        var count = Math.Min(1 + random.Next(4), n);
        while (keys.Count < count)
        {
            var key = referenceKeys[random.Next(n)];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>Two distinct mechanisms, drawn at random.</summary>
    private List<(string Id, string Title)> TwoMechanisms()
    {
        var first = random.Next(mechanisms.Length);
        var second = (first + 1 + random.Next(mechanisms.Length - 1)) % mechanisms.Length;
        return [mechanisms[first], mechanisms[second]];
    }

    /// <summary>A wiki link to a random substance, by id alone (its title shows) or with a label.</summary>
    private string SubstanceLink()
    {
        var (id, title) = prose.Pick(substances);
        return random.Next(3) == 0 ? $"[[{id}|{title}]]" : $"[[{id}]]";
    }

    /// <summary>A wiki link to the dosing section of a random substance.</summary>
    private string DosingLink()
    {
        var (id, title) = prose.Pick(substances);
        return random.Next(2) == 0 ? $"[[{id}#dosing]]" : $"[[{id}#dosing|the dosing of {title}]]";
    }

    /// <summary>
    /// A claim made of <paramref name="sentences"/> (each ending in '.'), citing one to four references:
    /// all at the end, or split between an earlier sentence and the last.
    /// </summary>
    private string Claim(IReadOnlyList<string> sentences)
    {
        var keys = Keys(random.Next(100) switch { < 83 => 1, < 95 => 2, < 98 => 3, _ => 4 });
        var split = keys.Count > 1 && sentences.Count > 1 && random.Next(2) == 0 ? 1 + random.Next(keys.Count - 1) : keys.Count;
        var at = split < keys.Count ? random.Next(sentences.Count - 1) : sentences.Count - 1;
        var text = new StringBuilder();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            text.Append(i > 0 ? " " : "");
            if (i == at || i == sentences.Count - 1)
            {
                var group = i == at ? keys.Take(split) : keys.Skip(split);
                text.Append(Cited(sentence[..^1], group.ToList())).Append('.');
            }
            else
            {
                text.Append(sentence);
            }
        }

        return text.ToString();
    }

    /// <summary><paramref name="text"/> followed by one bracketed citation of <paramref name="keys"/>.</summary>
    private string Cited(string text, IReadOnlyList<string> keys) =>
        text + " [" + string.Join("; ", keys.Select(key => random.Next(100) switch
        {
            < 4 => "see @" + key,
            < 14 => $"@{key}, p. {1 + random.Next(30)}",
            < 18 => $"@{key}, pp. {1 + random.Next(30)}-{31 + random.Next(10)}",
            < 20 => $"@{key}, table {1 + random.Next(4)}",
            _ => "@" + key,
        })) + "]";

    /// <summary>
    /// Distinct citation keys for one claim. The first of the first claims walks through every reference
    /// once; after that, and for the other keys, a squared draw cites low-ranked references far more often.
    /// </summary>
    private List<string> Keys(int count)
    {
        var n = referenceKeys.Length;
        var keys = new List<string> { referenceKeys[claimCount < n ? referenceOrder[claimCount] : Popular()] };
        claimCount++;
        for (var attempt = 0; keys.Count < Math.Min(count, n) && attempt < 20; attempt++)
        {
            var key = referenceKeys[Popular()];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private int Popular() => referenceOrder[(int)(referenceKeys.Length * Math.Pow(random.NextDouble(), 2))];

    private string Reviewed() => new DateOnly(2019, 1, 1).AddDays(random.Next(2500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Unique ids and titles: a name drawn twice becomes "Ketaline 2" with id "ketaline-2".</summary>
    private static (string Id, string Title)[] Names(int count, Func<string> name, Dictionary<string, int> ids)
    {
        var names = new (string, string)[count];
        for (var i = 0; i < count; i++)
        {
            var title = name();
            var id = Kebab(title);
            if (!ids.TryAdd(id, 1))
            {
                var n = ++ids[id];
                id += "-" + n.ToString(CultureInfo.InvariantCulture);
                title += " " + n.ToString(CultureInfo.InvariantCulture);
            }

            names[i] = (id, title);
        }

        return names;
    }

    /// <summary>A citation key in the usual form, "jones-2018", then "jones-2018b" to "jones-2018z", then "jones-2018-27".</summary>
    private static string UniqueKey(Dictionary<string, int> keys, string key)
    {
        if (keys.TryAdd(key, 1))
        {
            return key;
        }

        var n = ++keys[key];
        return n <= 26 ? key + (char)('a' + n - 1) : key + "-" + n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Lower-case kebab of ASCII names: "GABA-A receptor" is "gaba-a-receptor", "O'Brien" is "o-brien".</summary>
    private static string Kebab(string text)
    {
        var id = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-');
    }

    private static void WriteFile(string input, string relativePath, string text) => File.WriteAllText(Path.Combine(input, relativePath), text);
}
