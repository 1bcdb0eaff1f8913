namespace Site.Core.Importing;

/// <summary>Every bibliography format <c>site import</c> reads, in the order they are tried when recognising a file.</summary>
public static class BibliographyFormats
{
    /// <summary>The formats. A reader joins by being added here, once.</summary>
    public static IReadOnlyList<IBibliographyFormat> All { get; } =
    [
        new BibTex.BibTexFormat(),
        new CslJson.CslJsonFormat(),
        new CslYaml.CslYamlFormat(),
        new Ris.RisFormat(),
        new Medline.MedlineFormat(),
    ];

    /// <summary>The format of a file by its content (the extension breaks ties), or null when none recognises it.</summary>
    public static IBibliographyFormat? Recognise(string text, string extension) =>
        All.FirstOrDefault(f => f.Recognises(text, extension));

    /// <summary>The format with this name, or null.</summary>
    public static IBibliographyFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
