using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Kinds;
using Site.Core.Retractions;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>
/// The retraction data as one load read it: which file, its stamp, the identifiers it was filtered by, the rows kept
/// and the problems found. A later load with the same file, stamp and identifiers keeps it.
/// </summary>
/// <param name="RealPath">The file's real path, or null when there is none to read.</param>
/// <param name="Stamp">The file's stamp when read.</param>
/// <param name="Dois">The references' DOIs it was filtered by.</param>
/// <param name="Pmids">The references' PubMed ids it was filtered by.</param>
/// <param name="Data">The rows kept.</param>
/// <param name="Diagnostics">What was wrong with the setting or the file.</param>
internal sealed record RetractionDataFile(
    string? RealPath,
    FileStamp Stamp,
    IReadOnlySet<string> Dois,
    IReadOnlySet<string> Pmids,
    RetractionData Data,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Where the data is: the maintainer's <paramref name="givenPath"/> (from the command line, anywhere) wins over
    /// site.yml's setting, which is resolved inside the input folder and refused when it leads outside it (the
    /// repository is untrusted: a pull request can change site.yml). Null path when there is nothing to read.
    /// </summary>
    public static (string? RealPath, Diagnostic? Problem) Locate(SiteConfig config, string inputDirectory, string workingDirectory, string? givenPath)
    {
        if (givenPath is not null)
        {
            var full = Path.GetFullPath(givenPath, workingDirectory);
            var display = RelativePath.Of(workingDirectory, full);
            var real = FileSystemEntries.RealPath(full);
            var kind = real is null ? FileKind.Missing : FileSystemEntries.KindOf(real);
            return kind switch
            {
                FileKind.Regular => (real, null),
                FileKind.Missing => (null, Diagnostic.ForFile(
                    DiagnosticDescriptors.InvalidRetractions, display,
                    "cannot read the retraction data given with --retractions: there is no such file",
                    "download the Retraction Watch CSV (retraction_watch.csv, distributed by Crossref) and give its path")),
                _ => (null, Diagnostic.ForFile(
                    DiagnosticDescriptors.InvalidRetractions, display,
                    $"cannot read the retraction data given with --retractions: it is {FileSystemEntries.Describe(kind)}, not a regular file",
                    "give the path of the CSV file itself")),
            };
        }

        if (config.Retractions is not { } setting)
        {
            return (null, null);
        }

        Diagnostic Refuse(string message, string hint) =>
            new(DiagnosticDescriptors.InvalidRetractions, DiagnosticDescriptors.InvalidRetractions.DefaultSeverity, setting.Location, message, hint, setting.SourceLine);

        var path = Path.GetFullPath(setting.Path, inputDirectory);
        if (!FileSystemEntries.LeadsInside(path, inputDirectory))
        {
            return (null, Refuse(
                $"'retractions: {setting.Path}' leads outside the input folder; site.yml may only name a file inside it",
                "copy the CSV into the input folder, or give a copy elsewhere with --retractions PATH"));
        }

        if (FileSystemEntries.RegularFileInside(path, inputDirectory) is { } inside)
        {
            return (inside, null);
        }

        var found = FileSystemEntries.KindOf(FileSystemEntries.RealPath(path) ?? path);
        return (null, found == FileKind.Missing
            ? Refuse(
                $"cannot read the retraction data: there is no file '{setting.Path}' in the input folder",
                "download the Retraction Watch CSV (retraction_watch.csv, distributed by Crossref) to that path, or remove the 'retractions' line")
            : Refuse(
                $"cannot read the retraction data: '{setting.Path}' is {FileSystemEntries.Describe(found)}, not a regular file",
                "name the CSV file itself"));
    }

    /// <summary>Reads the data at <paramref name="realPath"/>, filtered by the site's identifiers; keeps <paramref name="previous"/> when nothing changed.</summary>
    public static RetractionDataFile Load(
        string? realPath, Diagnostic? problem, IReadOnlyList<SourceDocument> documents, string workingDirectory, RetractionDataFile? previous)
    {
        var dois = new HashSet<string>(StringComparer.Ordinal);
        var pmids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, reference) in new KindLists<SourceDocument>(documents, d => d.Content).References)
        {
            if (RetractionData.NormalDoi(reference.Doi) is { } doi)
            {
                dois.Add(doi);
            }

            if (reference.Pmid is { } pmid)
            {
                pmids.Add(pmid);
            }
        }

        if (realPath is null)
        {
            return new RetractionDataFile(null, default, dois, pmids, RetractionData.Empty, problem is null ? [] : [problem]);
        }

        var stamp = FileStamp.Of(realPath);
        if (previous is not null && previous.RealPath == realPath && previous.Stamp == stamp && previous.Dois.SetEquals(dois) && previous.Pmids.SetEquals(pmids))
        {
            return previous;
        }

        var diagnostics = new DiagnosticBag();
        var display = RelativePath.Of(workingDirectory, realPath);
        RetractionData data;
        try
        {
            using var reader = new StreamReader(realPath, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 64 * 1024 });
            data = RetractionData.Read(reader, display, dois, pmids, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.ForFile(
                DiagnosticDescriptors.InvalidRetractions, display,
                $"cannot read the retraction data: {e.Message}",
                "check that the file exists and can be read"));
            data = RetractionData.Empty;
        }

        return new RetractionDataFile(realPath, stamp, dois, pmids, data, diagnostics.ToSortedList());
    }
}
