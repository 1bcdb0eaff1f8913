namespace Site.Core.Importing.Ris;

/// <summary>RIS reference types (<c>TY</c>) and the CSL 1.0.2 type each is read as.</summary>
internal static class RisTypes
{
    // Exact: the RIS type and the CSL type name the same kind of work. The others are the nearest CSL type, and the
    // reader warns (unknown-entry-type), so that someone checks the imported reference.
    private static readonly Dictionary<string, (string Csl, bool Exact)> Table = new(StringComparer.Ordinal)
    {
        ["JOUR"] = ("article-journal", true),
        ["JFULL"] = ("article-journal", true),
        ["EJOUR"] = ("article-journal", true),
        ["INPR"] = ("article-journal", true),
        ["ABST"] = ("article-journal", true),
        ["MGZN"] = ("article-magazine", true),
        ["NEWS"] = ("article-newspaper", true),
        ["BOOK"] = ("book", true),
        ["EBOOK"] = ("book", true),
        ["EDBOOK"] = ("book", true),
        ["CHAP"] = ("chapter", true),
        ["ECHAP"] = ("chapter", true),
        ["CONF"] = ("paper-conference", true),
        ["CPAPER"] = ("paper-conference", true),
        ["RPRT"] = ("report", true),
        ["THES"] = ("thesis", true),
        ["ELEC"] = ("webpage", true),
        ["WEB"] = ("webpage", true),
        ["BLOG"] = ("post-weblog", true),
        ["GEN"] = ("document", true),
        ["UNPB"] = ("manuscript", true),
        ["MANSCPT"] = ("manuscript", true),
        ["PAT"] = ("patent", true),
        ["STAT"] = ("legislation", true),
        ["BILL"] = ("bill", true),
        ["UNBILL"] = ("bill", true),
        ["CASE"] = ("legal_case", true),
        ["HEAR"] = ("hearing", true),
        ["LEGAL"] = ("regulation", true),
        ["STAND"] = ("standard", true),
        ["MAP"] = ("map", true),
        ["DATA"] = ("dataset", true),
        ["DBASE"] = ("dataset", true),
        ["COMP"] = ("software", true),
        ["DICT"] = ("entry-dictionary", true),
        ["ENCYC"] = ("entry-encyclopedia", true),
        ["ICOMM"] = ("personal_communication", true),
        ["PCOMM"] = ("personal_communication", true),
        ["PAMP"] = ("pamphlet", true),
        ["ART"] = ("graphic", true),
        ["FIGURE"] = ("figure", true),
        ["CHART"] = ("figure", true),
        ["MUSIC"] = ("musical_score", true),
        ["SOUND"] = ("song", true),
        ["VIDEO"] = ("motion_picture", true),
        ["MPCT"] = ("motion_picture", true),
        ["ANCIENT"] = ("classic", true),
        ["CLSWK"] = ("classic", true),
        ["SER"] = ("periodical", true),
        ["GOVDOC"] = ("report", false),
        ["AGGR"] = ("dataset", false),
        ["ADVS"] = ("motion_picture", false),
        ["CTLG"] = ("book", false),
        ["EQUA"] = ("document", false),
        ["GRANT"] = ("document", false),
        ["MULTI"] = ("webpage", false),
        ["SLIDE"] = ("speech", false),
    };

    /// <summary>The CSL type of a RIS type code (upper case), and whether it is the same kind of work; an unknown code is a <c>document</c>, not exactly.</summary>
    public static (string Csl, bool Exact) Map(string code) =>
        Table.TryGetValue(code, out var type) ? type : ("document", false);

    /// <summary>The RIS types whose author lines (<c>AU</c>, <c>A1</c>) name editors: an edited book.</summary>
    public static bool AuthorsAreEditors(string code) => code == "EDBOOK";
}
