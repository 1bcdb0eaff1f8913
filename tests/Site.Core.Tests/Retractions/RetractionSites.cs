namespace Site.Core.Tests.Retractions;

/// <summary>
/// A site whose references the hand-written Retraction Watch fixture marks: smith-2019 retracted (row 34567),
/// park-2018 under an expression of concern (by PubMed id), lee-2015 retracted and reinstated, jones-2018 corrected,
/// hand-2020 retracted by its own status; one substance cites each on its own line.
/// </summary>
internal static class RetractionSites
{
    public static readonly string DataFile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "retractions", "retraction_watch.csv");

    /// <summary>The substance's lines: line 4 cites smith-2019, 6 park-2018 and jones-2018, 8 lee-2015, 10 hand-2020, 12 jones-2018.</summary>
    public const string Substance =
        "---\ntitle: Ketamine\n---\n" +
        "Ketamine relieves depression within hours [@smith-2019].\n\n" +
        "Methadone affects memory [@park-2018; @jones-2018].\n\n" +
        "Alcohol fragments sleep [@lee-2015].\n\n" +
        "Cocaine harms the heart [@hand-2020].\n\n" +
        "Opioid users were followed for years [@jones-2018].\n";

    public static Dictionary<string, string> Files(string config = "title: Test\nretractions: data/retraction_watch.csv\n", string substance = Substance) => new()
    {
        ["site.yml"] = config,
        ["substances/ketamine.md"] = substance,
        ["references/smith-2019.md"] = Reference("Ketamine for depression", "2019", "DOI: 10.1000/smith.2019"),
        ["references/park-2018.md"] = Reference("Methadone and memory", "2018", "PMID: '29000002'"),
        ["references/lee-2015.md"] = Reference("Alcohol and sleep", "2015", "DOI: 10.1000/lee.2015"),
        ["references/jones-2018.md"] = Reference("Opioid users followed up", "2018", "DOI: 10.1000/jones.2018"),
        ["references/hand-2020.md"] = Reference("Cocaine and the heart", "2020", "status: retracted\nretraction-date: 2022-01-05\nretraction-notice: 10.1000/notice.hand"),
    };

    public static string Reference(string title, string issued, string extra, string evidence = "rct") =>
        $"---\ntype: article-journal\ntitle: {title}\nauthor: [Smith J]\ncontainer-title: J Ex\nissued: {issued}\n{extra}\nevidence: {evidence}\n---\n";

    /// <summary>Writes the site and the data file (at input/data/retraction_watch.csv) without building.</summary>
    public static TestSite Write(Dictionary<string, string>? files = null, string dataPath = "data/retraction_watch.csv")
    {
        var site = TestSite.Write(files ?? Files());
        site.WriteBytes(dataPath, File.ReadAllBytes(DataFile));
        return site;
    }
}
