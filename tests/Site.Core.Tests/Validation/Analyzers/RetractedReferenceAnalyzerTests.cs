using Site.Core.Tests.Retractions;

namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads when a page cites a retracted work, or one under an expression of concern.</summary>
public sealed class RetractedReferenceAnalyzerTests
{
    [Fact]
    public void Should_report_each_citation_of_a_retracted_work_as_an_error_at_its_key_with_date_record_and_reasons()
    {
        // Given the retraction site, whose data file retracts smith-2019 and whose hand-2020 is retracted by its status
        using var site = RetractionSites.Write();

        // When it is checked
        var result = site.Build();

        // Then each citation of a retracted work is an error at its key; the reinstated and corrected works are not reported
        var retracted = result.Diagnostics.Where(d => d.Code == "retracted-reference").ToArray();
        retracted.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/substances/ketamine.md:4:45 error retracted-reference",
            "input/substances/ketamine.md:10:27 error retracted-reference",
        ]);
        retracted[0].Message.ShouldBe("cites 'smith-2019', retracted 2021-03-04 (Retraction Watch 34567: Falsification/Fabrication of Data; Concerns/Issues About Data)");
        retracted[0].Location.Length.ShouldBe("smith-2019".Length);
        retracted[1].Message.ShouldBe("cites 'hand-2020', marked retracted in its status (retracted 2022-01-05)");
        retracted[0].Hint.ShouldNotBeNull().ShouldContain("remove the citation");
        result.Diagnostics.ShouldNotContain(d => d.Message.Contains("lee-2015") || d.Message.Contains("jones-2018"));
        result.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Should_report_an_expression_of_concern_as_a_warning_of_its_own_code()
    {
        // Given the retraction site, whose data file has an expression of concern about PMID 29000002 (park-2018)
        using var site = RetractionSites.Write();

        // When it is checked
        var result = site.Build();

        // Then its citation is a warning at the key
        var concern = result.Diagnostics.Where(d => d.Code == "expression-of-concern").ShouldHaveSingleItem();
        DiagnosticLine.Of(concern).ShouldBe("input/substances/ketamine.md:6:28 warning expression-of-concern");
        concern.Message.ShouldBe("cites 'park-2018', under an expression of concern since 2022-11-20 (Retraction Watch 40002: Concerns/Issues About Data; Investigation by Journal/Publisher)");
    }

    [Fact]
    public void Should_let_site_yml_change_the_severity_of_both()
    {
        // Given the retraction site with retracted-reference lowered to a warning and expression-of-concern raised to an error
        var files = RetractionSites.Files("title: Test\nretractions: data/retraction_watch.csv\nseverity:\n  retracted-reference: warning\n  expression-of-concern: error\n");
        using var site = RetractionSites.Write(files);

        // When it is checked
        var result = site.Build();

        // Then the severities are as set
        result.Diagnostics.Where(d => d.Code == "retracted-reference").ShouldAllBe(d => d.Severity == Site.Core.Diagnostics.DiagnosticSeverity.Warning);
        result.Diagnostics.Where(d => d.Code == "expression-of-concern").ShouldAllBe(d => d.Severity == Site.Core.Diagnostics.DiagnosticSeverity.Error);
        result.Diagnostics.Count(d => d.Code is "retracted-reference" or "expression-of-concern").ShouldBe(3);
    }

    [Fact]
    public void Should_mark_by_status_alone_when_there_is_no_data_file()
    {
        // Given the retraction site without a 'retractions' setting
        using var site = RetractionSites.Write(RetractionSites.Files("title: Test\n"));

        // When it is checked
        var result = site.Build();

        // Then only the work retracted by its status is reported
        result.Diagnostics.Where(d => d.Code is "retracted-reference" or "expression-of-concern").Select(DiagnosticLine.Of)
            .ShouldBe(["input/substances/ketamine.md:10:27 error retracted-reference"]);
    }

    [Fact]
    public void Should_refuse_a_data_path_in_site_yml_that_leads_outside_the_input_folder()
    {
        // Given a site.yml whose 'retractions' climbs out of the input folder to a real file there
        using var site = RetractionSites.Write(RetractionSites.Files("title: Test\nretractions: ../secret.csv\n"));
        File.Copy(RetractionSites.DataFile, Path.Combine(site.Root, "secret.csv"));

        // When it is checked
        var result = site.Build();

        // Then it is refused at the value in site.yml, and nothing of the file is used
        var refused = result.Diagnostics.Where(d => d.Code == "invalid-retractions").ShouldHaveSingleItem();
        DiagnosticLine.Of(refused).ShouldBe("input/site.yml:2:14 error invalid-retractions");
        refused.Message.ShouldContain("outside the input folder");
        refused.Hint.ShouldNotBeNull().ShouldContain("--retractions");
        result.Diagnostics.Where(d => d.Code == "retracted-reference").ShouldHaveSingleItem().Message.ShouldContain("hand-2020");
    }

    [Fact]
    public void Should_refuse_a_symbolic_link_inside_the_input_that_leads_out_of_it()
    {
        // Given a 'retractions' file inside the input that is a link to a file outside it
        using var site = TestSite.Write(RetractionSites.Files());
        var outside = Path.Combine(site.Root, "elsewhere.csv");
        File.Copy(RetractionSites.DataFile, outside);
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "data"));
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "data", "retraction_watch.csv"), outside);

        // When it is checked
        var result = site.Build();

        // Then the data is refused at site.yml and not read
        result.Diagnostics.ShouldContain(d => d.Code == "invalid-retractions" && d.Location.Path == "input/site.yml" && d.Message.Contains("outside the input folder"));
        result.Diagnostics.ShouldNotContain(d => d.Message.Contains("smith-2019"));
    }

    [Fact]
    public void Should_report_a_missing_data_file_at_the_setting()
    {
        // Given a 'retractions' that names no file
        using var site = TestSite.Write(RetractionSites.Files());

        // When it is checked
        var result = site.Build();

        // Then it is one error at the setting, and the build goes on with the works marked by hand
        var missing = result.Diagnostics.Where(d => d.Code == "invalid-retractions").ShouldHaveSingleItem();
        DiagnosticLine.Of(missing).ShouldBe("input/site.yml:2:14 error invalid-retractions");
        missing.Message.ShouldContain("no file 'data/retraction_watch.csv'");
        result.Diagnostics.ShouldContain(d => d.Code == "retracted-reference");
    }

    [Fact]
    public void Should_neither_publish_nor_read_as_a_page_a_data_file_under_assets()
    {
        // Given the data file kept under input/assets/
        using var site = RetractionSites.Write(RetractionSites.Files("title: Test\nretractions: assets/retraction_watch.csv\nseverity:\n  retracted-reference: warning\n  invalid-retractions: warning\n"), "assets/retraction_watch.csv");

        // When the site is built
        var result = site.Build(output: true);

        // Then it is read (smith-2019 is reported) and not published
        result.Diagnostics.ShouldContain(d => d.Code == "retracted-reference" && d.Message.Contains("smith-2019"));
        site.FilesIn().ShouldNotContain(f => f.EndsWith(".csv", StringComparison.Ordinal));
    }
}
