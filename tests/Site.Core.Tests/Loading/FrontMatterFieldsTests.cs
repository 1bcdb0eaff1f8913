using Site.Core.Building;
using Site.Theme;

namespace Site.Core.Tests.Loading;

/// <summary>Front matter problems name the field, point at it and suggest the fix.</summary>
public sealed class FrontMatterFieldsTests
{
    [Fact]
    public void Should_suggest_summary_for_the_unknown_field_sumary()
    {
        // Given the unknown-field fixture, where 'summary' is misspelt 'sumary'
        var folder = FixtureSites.PathOf("invalid/unknown-field");

        // When it is checked
        var result = new SiteBuilder(new LiquidTheme())
            .Build(new BuildOptions("input", null, folder));

        // Then the diagnostic names the field and suggests the right one
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("unknown-field");
        diagnostic.Message.ShouldContain("'sumary'");
        diagnostic.Hint.ShouldBe("did you mean 'summary'?");
        diagnostic.Location.Length.ShouldBe("sumary".Length);
    }

    [Fact]
    public void Should_list_the_known_fields_when_an_unknown_field_is_not_close_to_any()
    {
        // Given a mechanism with a field nothing resembles
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\npotency: high\n---\n",
        });

        // When it is checked
        // Then the hint lists the fields a mechanism has
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/mechanisms/nmda-receptor-antagonism.md:3:1 error unknown-field");
        diagnostic.Hint.ShouldBe("known fields: title, aliases, summary, reviewed");
    }

    [Fact]
    public void Should_suggest_the_closest_evidence_level_for_a_misspelt_one()
    {
        // Given a reference whose evidence level has two letters swapped
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: rtc\n---\n",
            ["about.md"] = "---\ntitle: About\n---\n\nSee [@jones-2018].\n",
        });

        // When it is checked
        // Then the value is reported where it is written, with the right spelling as a hint
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/references/jones-2018.md:5:11 error invalid-front-matter");
        diagnostic.Hint.ShouldBe("did you mean 'rct'?");
    }

    [Fact]
    public void Should_name_an_evidence_level_that_is_not_one_as_an_evidence_level()
    {
        // Given a reference whose evidence level is written in capitals
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: RCT\n---\n",
            ["about.md"] = "---\ntitle: About\n---\n\nSee [@jones-2018].\n",
        });

        // When it is checked
        // Then the message says what the value should have been, and the hint still suggests the level
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/references/jones-2018.md:5:11 error invalid-front-matter");
        diagnostic.Message.ShouldBe("'RCT' is not a valid evidence level");
        diagnostic.Hint.ShouldBe("did you mean 'rct'?");
    }

    [Theory]
    [InlineData("substances/ketamine.md", "---\ntitle: Ketamine\nclass:\nsummary: An anaesthetic.\n---\n", "3:1", "class")]
    [InlineData("substances/ketamine.md", "---\ntitle: Ketamine\nsummary: \"\"\n---\n", "3:1", "summary")]
    [InlineData("substances/ketamine.md", "---\ntitle: Ketamine\nsummary: \"   \"\n---\n", "3:1", "summary")]
    [InlineData("substances/ketamine.md", "---\ntitle: Ketamine\nsummary: An anaesthetic.\nreviewed:\n---\n", "4:1", "reviewed")]
    [InlineData("substances/ketamine.md", "---\ntitle: Ketamine\naliases:\n---\n", "3:1", "aliases")]
    [InlineData("mechanisms/nmda-receptor-antagonism.md", "---\ntitle: NMDA receptor antagonism\nsummary: ''\n---\n", "3:1", "summary")]
    [InlineData("glossary.md", "---\ntitle: Glossary\ndescription:\n---\n\nSee [@jones-2018].\n", "3:1", "description")]
    [InlineData("references/jones-2018.md", "---\ntitle: A trial\ntype: report\nissued: 2018\nDOI:\n---\n\nSee [[glossary]].\n", "5:1", "DOI")]
    [InlineData("references/jones-2018.md", "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: \" \"\n---\n\nSee [[glossary]].\n", "5:1", "evidence")]
    [InlineData("references/jones-2018.md", "---\ntitle: A trial\ntype: article-journal\nauthor: [Jones JL]\ncontainer-title:\nissued: 2018\n---\n", "5:1", "container-title")]
    [InlineData("references/jones-2018.md", "---\ntitle: A trial\ntype: article-journal\nauthor:\ncontainer-title: Trials\nissued: 2018\n---\n", "4:1", "author")]
    public void Should_report_a_field_written_with_no_value_at_its_name(string path, string text, string position, string field)
    {
        // Given a page with one optional field left empty (nothing, quotes around nothing, or only spaces)
        var files = new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("glossary"),
            ["glossary.md"] = "---\ntitle: Glossary\n---\n\nSee [@jones-2018].\n",
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\n---\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n",
        };
        files[path] = text;
        using var site = TestSite.Build(files);

        // When it is checked
        // Then it is reported at the field's name: it is either a value still to write or a line to delete
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe($"input/{path}:{position} error invalid-front-matter");
        diagnostic.Message.ShouldBe($"'{field}' in {(path.Contains('/') ? path[..(path.IndexOf('/') - 1)] : "page")} '{Path.GetFileNameWithoutExtension(path)}' is empty");
        diagnostic.Hint.ShouldBe("write it or delete the line");
        diagnostic.Location.Length.ShouldBe(field.Length);
    }

    [Fact]
    public void Should_report_a_title_of_quotes_around_nothing_as_missing()
    {
        // Given a substance whose title is an empty quoted string
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: \"\"\n---\n",
        });

        // When it is checked
        // Then the required field is missing, at its name, not accepted as an empty title
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:2:1 error missing-field");
    }

    [Fact]
    public void Should_report_a_summary_longer_than_fits_in_lists()
    {
        // Given a substance whose summary has 301 characters
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\nsummary: {new string('a', 301)}\n---\n",
        });

        // When it is checked
        // Then the summary is reported at its value
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:3:10 error invalid-front-matter");
        diagnostic.Message.ShouldContain("301");
    }

    [Fact]
    public void Should_report_a_duplicate_key_on_the_line_of_its_second_occurrence()
    {
        // Given front matter with 'title' twice
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = "---\ntitle: About\ntitle: About us\n---\n",
        });

        // When it is checked
        // Then the second one is reported, and nothing else cascades from it
        DiagnosticLine.Of(site.Result.Diagnostics.ShouldHaveSingleItem()).ShouldBe("input/about.md:3:1 error invalid-front-matter");
    }

    [Fact]
    public void Should_report_a_list_where_a_single_value_is_expected()
    {
        // Given a substance whose class is written as a list
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nclass:\n  - Dissociative\n  - Anaesthetic\n---\n",
        });

        // When it is checked
        // Then the list is reported where it starts
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:4:3 error invalid-front-matter");
        diagnostic.Message.ShouldBe("'class' must be a single value, but is a list");
    }

    [Fact]
    public void Should_report_a_list_of_lists_once_however_many_items_it_has()
    {
        // Given aliases that are a YAML alias to nested lists (an alias bomb in small)
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\naliases: [[a, b], [c, d], [e, f]]\n---\n",
        });

        // When it is checked
        // Then there is one diagnostic for the field, saying which item is wrong
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("invalid-front-matter");
        diagnostic.Location.Line.ShouldBe(3);
        diagnostic.Message.ShouldBe("'aliases' must be a list of plain values, but item 1 is a list");
    }

    [Fact]
    public async Task Should_refuse_a_field_name_that_is_an_alias_to_a_list_before_loading_it()
    {
        // Given three anchors, each a list of nine aliases to the one before (729 items when expanded, well under the
        // limit of what aliases may stand for), and a field name that is an alias to the last
        var anchors = "abc";
        var lists = string.Join(", ", anchors.Select((name, i) =>
            $"&{name} [{string.Join(", ", Enumerable.Repeat(i == 0 ? "lol" : "*" + anchors[i - 1], 9))}]"));
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\naliases: [{lists}]\n? *c\n: boom\n---\n",
        });

        // When it is checked
        var result = await site.BuildWithin(TimeSpan.FromSeconds(15));

        // Then the field name is reported where it is written, at once
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:4:3 error invalid-front-matter");
        diagnostic.Message.ShouldBe("front matter is not valid YAML: a field name must be a plain word, not a list or a mapping");
    }

    [Fact]
    public async Task Should_refuse_aliases_that_stand_for_more_than_a_mebibyte_at_the_first_alias_past_it()
    {
        // Given one title of 100,000 characters, anchored once and aliased 20 times: 2 MB of aliases in a 100 KB file
        var title = new string('A', 100_000);
        var aliases = string.Join(", ", Enumerable.Repeat("*t", 20));
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = $"---\ntitle: &t {title}\naliases: [{aliases}]\n---\n",
        });

        // When it is checked
        var result = await site.BuildWithin(TimeSpan.FromSeconds(15));

        // Then the eleventh alias, the first to take the total past 1 MiB (11 x 100,001 characters), is reported where it is
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe($"input/substances/ketamine.md:3:{"aliases: [".Length + (10 * "*t, ".Length) + 1} error invalid-front-matter");
        diagnostic.Message.ShouldBe("front matter cannot be read: its aliases, up to this '*t', stand for more than 1 MiB of text, the most they may repeat");
    }

    [Fact]
    public void Should_accept_aliases_that_stand_for_less_than_a_mebibyte()
    {
        // Given a title of 1,000 characters anchored once and aliased 1,000 times: a little under 1 MiB in all
        var title = new string('A', 1_000);
        var aliases = string.Join(", ", Enumerable.Repeat("*t", 1_000));
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = $"---\ntitle: &t {title}\naliases: [{aliases}]\n---\n\n::: editorial\nText.\n:::\n",
        });

        // When it is checked
        // Then there is nothing to report
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    [InlineData(50_000, false)]
    public void Should_refuse_lists_nested_past_64_levels_where_the_level_past_it_opens(int brackets, bool accepted)
    {
        // Given a field whose value is a list nested this many deep, inside the front matter's own mapping
        var value = new string('[', brackets) + new string(']', brackets);
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = $"---\ntitle: About\ndescription: {value}\n---\n",
        });

        // When it is checked
        var diagnostics = site.Result.Diagnostics;

        // Then up to 64 levels in all is a value of the wrong type; one more is refused at the bracket that opens it
        if (accepted)
        {
            diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/about.md:3:14 error invalid-front-matter"]);
            diagnostics[0].Message.ShouldNotContain("nest");
        }
        else
        {
            diagnostics.Select(DiagnosticLine.Of).ShouldBe([$"input/about.md:3:{"description: ".Length + 64} error invalid-front-matter"]);
            diagnostics[0].Message.ShouldBe("front matter cannot be read: its lists and mappings nest more than 64 deep here, past the limit");
        }
    }

    [Fact]
    public void Should_refuse_an_alias_inside_the_list_it_names()
    {
        // Given a list that holds itself
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nmechanisms: &loop [a, *loop]\n---\n",
        });

        // When it is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the alias is reported where it is written
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:3:23 error invalid-front-matter");
        diagnostic.Message.ShouldBe("front matter is not valid YAML: the alias '*loop' refers to a list or mapping it is itself inside");
    }

    [Fact]
    public void Should_report_an_alias_to_an_anchor_never_defined_where_the_alias_is()
    {
        // Given aliases written as a YAML alias whose anchor is defined nowhere
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\naliases: *brands\n---\n",
        });

        // When it is checked
        // Then the alias is reported where it is written, by name
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:3:10 error invalid-front-matter");
        diagnostic.Message.ShouldBe("front matter is not valid YAML: the alias '*brands' refers to no anchor defined before it");
    }
}
