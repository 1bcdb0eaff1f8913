using System.Text.RegularExpressions;
using Site.Core.Languages;

namespace Site.Core.Tests.Languages;

/// <summary>
/// The strings files: complete in every shipped language, their places and counts the theme can fill, and dates, counts and
/// locales written as each language writes them.
/// </summary>
public sealed partial class SiteStringsTests
{
    private static readonly string StringsFolder = Path.Combine(RepositoryRoot.Path, "theme", "strings");

    public static TheoryData<string> Languages() => [.. SiteStrings.Shipped];

    [Fact]
    public void Should_ship_english_german_french_and_spanish_one_file_each()
    {
        // Given the theme's strings folder
        var files = Directory.GetFiles(StringsFolder, "*.yml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        // When the shipped languages are listed
        // Then they are the four, each a file of the folder
        SiteStrings.Shipped.ShouldBe(["de", "en", "es", "fr"]);
        files.ShouldBe(SiteStrings.Shipped);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_have_exactly_the_keys_of_english_in_every_strings_file(string language)
    {
        // Given a shipped strings file
        var strings = SiteStrings.For(language).ShouldNotBeNull();

        // When its keys are compared with English's
        var missing = SiteStrings.Keys.Except(strings.Labels.Keys).ToList();
        var extra = strings.Labels.Keys.Except(SiteStrings.Keys).ToList();

        // Then none is missing and none added, and no label is empty
        missing.ShouldBeEmpty($"{language}.yml lacks these keys of en.yml");
        extra.ShouldBeEmpty($"{language}.yml has keys en.yml does not");
        strings.Labels.Where(l => string.IsNullOrWhiteSpace(l.Value)).Select(l => l.Key).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_keep_the_places_of_every_english_label_in_its_translation(string language)
    {
        // Given a shipped strings file
        var strings = SiteStrings.For(language).ShouldNotBeNull();

        // When each label's {places} are compared with the English label's
        var different = SiteStrings.Keys
            .Where(k => !Places(strings[k]).SetEquals(Places(SiteStrings.English[k])))
            .Select(k => $"{k}: '{strings[k]}'")
            .ToList();

        // Then the theme can fill every one: none lost, none of its own
        different.ShouldBeEmpty();
    }

    [Fact]
    public void Should_have_every_label_the_default_templates_read()
    {
        // Given every label the default theme's templates read, by page.site.strings.KEY, count: 'KEY' or a fill
        var templates = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "theme", "templates"), "*.liquid", SearchOption.AllDirectories);
        var read = templates.SelectMany(t => Read().Matches(File.ReadAllText(t)).Select(m => (File: Path.GetFileName(t), Key: m.Groups["key"].Value, Count: m.Groups["count"].Success)))
            .ToList();

        // When each is looked up in English
        var unknown = read.Where(r => r.Count
                ? !SiteStrings.Keys.Contains(r.Key + "_one") || !SiteStrings.Keys.Contains(r.Key + "_other")
                : !SiteStrings.Keys.Contains(r.Key))
            .Select(r => $"{r.File}: {r.Key}")
            .ToList();

        // Then every one is a key (a misspelt key prints nothing), and the templates do read labels
        read.Count.ShouldBeGreaterThan(80);
        unknown.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en", "2 March 2024")]
    [InlineData("de", "2. März 2024")]
    [InlineData("fr", "2 mars 2024")]
    [InlineData("es", "2 de marzo de 2024")]
    public void Should_write_a_date_as_the_language_does(string language, string expected)
    {
        // Given a language's strings
        var strings = SiteStrings.For(language).ShouldNotBeNull();

        // When 2 March 2024 is written
        var text = strings.Date(new DateOnly(2024, 3, 2));

        // Then it reads as the language writes dates
        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("en", 0, "0 claims")]
    [InlineData("en", 1, "1 claim")]
    [InlineData("en", 2, "2 claims")]
    [InlineData("de", 1, "1 Aussage")]
    [InlineData("de", 0, "0 Aussagen")]
    [InlineData("fr", 0, "0 affirmation")]
    [InlineData("fr", 1, "1 affirmation")]
    [InlineData("fr", 2, "2 affirmations")]
    [InlineData("es", 1, "1 afirmación")]
    [InlineData("es", 12, "12 afirmaciones")]
    public void Should_count_with_the_languages_singular_and_plural(string language, int count, string expected)
    {
        // Given a language's strings
        var strings = SiteStrings.For(language).ShouldNotBeNull();

        // When a number of claims is counted
        // Then the noun agrees with the number as the language has it (French puts 0 in the singular)
        strings.Count(count, "claim").ShouldBe(expected);
    }

    [Theory]
    [InlineData("en", "en", "en_GB")]
    [InlineData("en-US", "en", "en_US")]
    [InlineData("de", "de", "de_DE")]
    [InlineData("de-AT", "de", "de_AT")]
    [InlineData("de-CH", "de", "de_CH")]
    [InlineData("fr", "fr", "fr_FR")]
    [InlineData("fr-CA", "fr", "fr_CA")]
    [InlineData("es", "es", "es_ES")]
    [InlineData("es-419", "es", "es_419")]
    [InlineData("DE-at", "de", "de_AT")]
    public void Should_use_the_base_language_of_a_region_tag_and_name_the_region_in_the_locale(string tag, string file, string locale)
    {
        // Given a language tag, with or without a region
        // When its strings are found
        var strings = SiteStrings.For(tag).ShouldNotBeNull();

        // Then they are its base language's, and the Open Graph locale is language_REGION (the file's own without a region)
        strings.Language.ShouldBe(file);
        strings.LocaleOf(tag).ShouldBe(locale);
    }

    [Theory]
    [InlineData("it")]
    [InlineData("pt-BR")]
    [InlineData("zh-Hant-TW")]
    [InlineData("x-private")]
    public void Should_find_no_strings_for_a_language_the_theme_does_not_ship(string tag)
    {
        // Given a tag of a language without a strings file
        // When its strings are looked for
        // Then there are none (the site falls back to English)
        SiteStrings.For(tag).ShouldBeNull();
    }

    [Fact]
    public void Should_override_only_known_labels_and_keep_the_rest()
    {
        // Given the German strings
        var german = SiteStrings.For("de").ShouldNotBeNull();

        // When a label and an unknown key are laid over them
        var strings = german.With([new("cited_by", "Zitiert in"), new("no_such_label", "x")]);

        // Then the label is replaced, the rest stay German, and the unknown key is not a label
        strings["cited_by"].ShouldBe("Zitiert in");
        strings["abstract"].ShouldBe("Zusammenfassung");
        strings.Labels.ContainsKey("no_such_label").ShouldBeFalse();
        german["cited_by"].ShouldBe("Zitiert von");
    }

    [Theory]
    [InlineData("Last reviewed {date}", "Last reviewed 2 March 2024")]
    [InlineData("{date}: {unknown}", "2 March 2024: {unknown}")]
    [InlineData("{date", "{date")]
    [InlineData("no places", "no places")]
    public void Should_fill_the_places_it_is_given_and_leave_the_others_as_written(string text, string expected)
    {
        // Given a label
        // When its date is filled in
        var filled = SiteStrings.Fill(text, [("date", "2 March 2024")]);

        // Then that place holds it, and any other stays as written
        filled.ShouldBe(expected);
    }

    private static HashSet<string> Places(string text) => [.. Place().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Place();

    [GeneratedRegex(@"page\.site\.strings\.(?<key>[a-z0-9_]+)|count: '(?<key>[a-z0-9_]+)'(?<count>)|count: ""(?<key>[a-z0-9_]+)""(?<count>)")]
    private static partial Regex Read();

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void Should_fill_a_label_with_a_number_as_format_does_for_every_number_kept_or_not(string language)
    {
        // Given a language's strings
        var strings = SiteStrings.For(language).ShouldNotBeNull();

        // When "reference N" is filled for numbers below, at and past those kept, twice each
        // Then each reads as Format fills it
        foreach (var number in Enumerable.Range(0, 600).Concat([0, 1, 511, 512, 10_000]))
        {
            strings.FormatNumber("reference_number", "number", number)
                .ShouldBe(strings.Format("reference_number", ("number", number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        strings.FormatNumber("back_to_citation_number", "number", 3).ShouldBe(strings.Format("back_to_citation_number", ("number", "3")));
    }
}
