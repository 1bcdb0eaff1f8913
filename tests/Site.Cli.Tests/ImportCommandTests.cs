namespace Site.Cli.Tests;

/// <summary><c>site import</c> end to end: bibliography files in, reference files the site builds clean out.</summary>
public sealed class ImportCommandTests
{
    private const string JonesMedline = """
        PMID- 30140240
        IS  - 1664-0640 (Print)
        VI  - 9
        DP  - 2018 Jul 24
        TI  - Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic
              Review.
        PG  - 277
        LID - 10.3389/fpsyt.2018.00277 [doi]
        FAU - Jones, Jennifer L
        AU  - Jones JL
        FAU - Mateus, Camilo F
        AU  - Mateus CF
        PT  - Journal Article
        PT  - Systematic Review
        TA  - Front Psychiatry
        JT  - Frontiers in psychiatry

        """;

    private const string TwoRis = """
        TY  - JOUR
        AU  - Dakwar, Elias
        TI  - A single ketamine infusion combined with mindfulness-based behavioral modification to treat cocaine dependence
        T2  - Drug and Alcohol Dependence
        PY  - 2014
        ER  - 

        TY  - RPRT
        AU  - Substance Abuse and Mental Health Services Administration
        TI  - Facing Addiction in America
        PY  - 2016
        ER  - 

        """;

    [Fact]
    public void Should_import_a_pubmed_record_into_a_reference_the_site_builds_clean_once_cited()
    {
        // Given an empty site and a PubMed export of one systematic review
        using var site = new SiteFolder(new Dictionary<string, string>
        {
            ["input/site.yml"] = "title: Test site\n",
            ["pubmed.nbib"] = JonesMedline,
        });

        // When it is imported, a page cites it by the key it was given, and the site is built
        var run = CliRun.InProcess(site.Root, "import", "pubmed.nbib");
        site.Write("input/index.md", "---\ntitle: Home\n---\n\nKetamine may reduce craving [@jones-2018].\n");
        var build = CliRun.InProcess(site.Root, "build");

        // Then the reference is written under the first author and year, with its evidence level, and the site builds clean
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldBe("wrote input/references/jones-2018.md\n");
        run.Error.ShouldBe("imported 1, 0 already present, 0 problems\n");
        var text = File.ReadAllText(site.PathOf("input/references/jones-2018.md"));
        text.ShouldContain("title: \"Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review\"\n");
        text.ShouldContain("DOI: \"10.3389/fpsyt.2018.00277\"\n");
        text.ShouldContain("PMID: \"30140240\"\n");
        text.ShouldContain("evidence: systematic-review\n");
        build.ExitCode.ShouldBe(0, build.All);
        build.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_say_what_a_dry_run_would_write_and_write_nothing()
    {
        // Given an empty site and a RIS file of two entries
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n", ["refs.ris"] = TwoRis });

        // When it is imported with --dry-run
        var run = CliRun.InProcess(site.Root, "import", "--dry-run", "refs.ris");

        // Then the files it would write are named, a corporate author gives its own key, and nothing is written
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldBe("would write input/references/dakwar-2014.md\nwould write input/references/substance-abuse-and-mental-health-services-administration-2016.md\n");
        run.Error.ShouldBe("would import 2, 0 already present, 0 problems\n");
        Directory.Exists(site.PathOf("input/references")).ShouldBeFalse();
    }

    [Fact]
    public void Should_not_write_an_entry_twice_and_refresh_it_with_update_keeping_the_editors_work()
    {
        // Given a site with Jones 2018 already imported, annotated and given another evidence level by its editor
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n", ["pubmed.nbib"] = JonesMedline });
        CliRun.InProcess(site.Root, "import", "pubmed.nbib").ExitCode.ShouldBe(0);
        var path = site.PathOf("input/references/jones-2018.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("evidence: systematic-review", "evidence: narrative-review").Replace("VI  - 9", "") + "\nThe editor's annotation.\n");
        File.WriteAllText(path, File.ReadAllText(path).Replace("volume: \"9\"\n", "volume: \"8\"\n"));

        // When the same record is imported again, then again with --update
        var again = CliRun.InProcess(site.Root, "import", "pubmed.nbib");
        var unchanged = File.ReadAllText(path);
        var update = CliRun.InProcess(site.Root, "import", "--update", "pubmed.nbib");
        var updated = File.ReadAllText(path);

        // Then the second import writes nothing and says where the reference is; the update refreshes the volume
        // from the source and keeps the body and the editor's evidence level
        again.ExitCode.ShouldBe(0, again.All);
        again.Out.ShouldStartWith("pubmed.nbib:1:1: info already-present: already in input/references/jones-2018.md\n");
        again.Error.ShouldBe("imported 0, 1 already present, 0 problems\n");
        unchanged.ShouldContain("volume: \"8\"\n");
        update.ExitCode.ShouldBe(0, update.All);
        update.Out.ShouldEndWith("updated input/references/jones-2018.md\n");
        updated.ShouldContain("volume: \"9\"\n");
        updated.ShouldContain("evidence: narrative-review\n");
        updated.ShouldEndWith("\nThe editor's annotation.\n");
        Directory.GetFiles(site.PathOf("input/references"), "*", SearchOption.AllDirectories).Length.ShouldBe(1);
    }

    [Fact]
    public void Should_write_nothing_when_any_entry_has_an_error()
    {
        // Given a RIS file whose second record's date is no date
        using var site = new SiteFolder(new Dictionary<string, string>
        {
            ["input/site.yml"] = "title: Test site\n",
            ["refs.ris"] = TwoRis.Replace("PY  - 2016", "PY  - sometime"),
        });

        // When it is imported
        var run = CliRun.InProcess(site.Root, "import", "refs.ris");

        // Then the problem is reported at its line and column, the exit code is 1, and not even the good entry is written
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("refs.ris:11:7: error invalid-bibliography");
        run.Error.ShouldEndWith("; nothing was written\n");
        Directory.Exists(site.PathOf("input/references")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("json", "\"code\": \"invalid-bibliography\"")]
    [InlineData("github", "::error file=refs.ris,line=11,col=7,title=invalid-bibliography::")]
    [InlineData("sarif", "\"ruleId\": \"invalid-bibliography\"")]
    public void Should_report_import_problems_in_every_diagnostic_format(string format, string expected)
    {
        // Given a RIS file whose second record's date is no date
        using var site = new SiteFolder(new Dictionary<string, string>
        {
            ["input/site.yml"] = "title: Test site\n",
            ["refs.ris"] = TwoRis.Replace("PY  - 2016", "PY  - sometime"),
        });

        // When it is imported with that format
        var run = CliRun.InProcess(site.Root, "import", "--format", format, "refs.ris");

        // Then the problem is written in that format, at its line and column, and only the format's own text is on standard output
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain(expected);
        run.Out.ShouldNotContain("would write");
    }

    [Theory]
    [InlineData("import", "missing.bib")]
    [InlineData("import", "--from", "endnote-xml", "refs.ris")]
    public void Should_exit_2_for_a_missing_file_or_an_unknown_format(params string[] args)
    {
        // Given a site
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n", ["refs.ris"] = TwoRis });

        // When the import is asked for a file that is not there, or a format there is none of
        var run = CliRun.InProcess(site.Root, args);

        // Then it is a usage problem, said in one line
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldStartWith("site: ");
    }

    [Theory]
    [InlineData("references.json")]
    [InlineData("references.bib")]
    public void Should_give_back_the_real_sites_references_when_its_own_export_is_imported_and_build_clean_once_cited(string export)
    {
        // Given the real site built, and an empty site
        using var real = new RealSiteBuild();
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n" });
        File.Copy(Path.Combine(real.Output, export), site.PathOf(export));

        // When the export is imported into it
        var run = CliRun.InProcess(site.Root, "import", export);

        // Then each reference comes back under its own key with the same front matter, up to the order of the fields
        // (and, from BibTeX, the fields it cannot hold)
        run.ExitCode.ShouldBe(0, run.All);
        var originals = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "input", "references"), "*.md").Order(StringComparer.Ordinal).ToList();
        run.Error.ShouldBe($"imported {originals.Count}, 0 already present, 0 problems\n");
        var differences = new List<string>();
        foreach (var original in originals)
        {
            var imported = site.PathOf("input/references/" + Path.GetFileName(original));
            var expected = FrontMatterOf(original);
            if (export.EndsWith(".bib", StringComparison.Ordinal))
            {
                // BibTeX has no entry type for a preprint (CSL 'article'): it is written @misc, which reads back as a
                // 'document'. Every other field and type survives.
                expected = [.. expected.Select(line => line == "type: article" ? "type: document" : line)];
            }

            var actual = File.Exists(imported) ? FrontMatterOf(imported) : ["(not written)"];
            differences.AddRange(expected.Except(actual).Select(line => $"{Path.GetFileName(original)}: expected {line}"));
            differences.AddRange(actual.Except(expected).Select(line => $"{Path.GetFileName(original)}: got {line}"));
        }

        differences.ShouldBeEmpty();

        // And the site they make, once a page cites each of them, builds clean
        var keys = originals.Select(Path.GetFileNameWithoutExtension);
        site.Write("input/index.md", "---\ntitle: Home\n---\n\n" + string.Concat(keys.Select(k => $"A finding [@{k}].\n\n")));
        var build = CliRun.InProcess(site.Root, "build", "--warnings-as-errors");
        build.ExitCode.ShouldBe(0, build.All);
    }

    // The front matter as sorted "field: value" lines, each value in one canonical form.
    private static List<string> FrontMatterOf(string path)
    {
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(text[4..end]));
        var mapping = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        return [.. mapping.Children.Select(c => $"{c.Key}: {Canonical(c.Value)}").Order(StringComparer.Ordinal)];
    }

    private static string Canonical(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlDotNet.RepresentationModel.YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlDotNet.RepresentationModel.YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Canonical)) + "]",
        YamlDotNet.RepresentationModel.YamlMappingNode map => "{" + string.Join(", ", map.Children.Select(c => $"{c.Key}: {Canonical(c.Value)}").Order(StringComparer.Ordinal)) + "}",
        _ => string.Empty,
    };
}
