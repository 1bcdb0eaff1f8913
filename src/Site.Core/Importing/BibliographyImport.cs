using System.Text.Json.Nodes;
using Site.Core.Building;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Kinds;
using Site.Core.Loading;
using Site.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Importing;

/// <summary>
/// <c>site import</c>: reads bibliography files, gives each entry a key, leaves out entries already present (same
/// DOI or PMID, as a reference of the site or earlier in the import), and writes one reference file per entry into
/// <c>input/references/</c>, all of them or, when anything is wrong, none. Outside the build's phases: it makes
/// input files, not site documents.
/// </summary>
public sealed class BibliographyImport
{
    /// <summary>The rules an import raises, from its readers of each format (<c>site import</c>, <c>site add</c>).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        DiagnosticDescriptors.MissingField, DiagnosticDescriptors.InvalidEncoding, DiagnosticDescriptors.InvalidBibliography,
        DiagnosticDescriptors.UnknownEntryType, DiagnosticDescriptors.AlreadyPresent,
    ];

    /// <summary>Imports; throws <see cref="SiteSetupException"/> for usage and I/O problems (a missing file, an unknown format).</summary>
    public ImportResult Run(ImportOptions options)
    {
        var format = options.Format is null ? null : BibliographyFormats.Find(options.Format)
            ?? throw new SiteSetupException($"there is no format '{options.Format}'; the formats are {string.Join(", ", BibliographyFormats.All.Select(f => f.Name))}");

        var diagnostics = new DiagnosticBag();
        var entries = new List<ImportedEntry>();
        foreach (var file in options.Files)
        {
            entries.AddRange(Read(Path.GetFullPath(file, options.WorkingDirectory), options.WorkingDirectory, format, diagnostics));
        }

        return Import(entries, diagnostics, options);
    }

    /// <summary>
    /// Imports entries read elsewhere (<c>site add</c> resolves identifiers online): keys, duplicates and writing as for
    /// files. <paramref name="diagnostics"/> holds what was found while reading them; an error there writes nothing.
    /// </summary>
    public ImportResult Import(IReadOnlyList<ImportedEntry> entries, DiagnosticBag diagnostics, ImportOptions options)
    {
        var input = InputFolder.RequireExisting(options.InputDirectory, options.WorkingDirectory);

        var site = ExistingReferences.Of(input, options.WorkingDirectory);
        var taken = new HashSet<string>(site.Ids, StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = Path.Combine(input, "references");
        var planned = new List<PlannedReference>();
        var alreadyPresent = 0;
        bool IsKnown(string name) => DocumentKinds.Reference.Fields.Contains(name, StringComparer.Ordinal);

        foreach (var entry in entries)
        {
            var identifiers = Identifiers(entry.Item);
            if (identifiers.Select(site.Find).FirstOrDefault(r => r is not null) is { } existing)
            {
                alreadyPresent++;

                // A second entry for a reference already being updated (its DOI, then its PMID) would plan the file twice.
                if (options.Update && planned.Any(p => p.IsUpdate && p.FullPath == existing.FullPath))
                {
                    diagnostics.Add(Present(entry, $"already in this import, which updates {existing.Path}"));
                    continue;
                }

                diagnostics.Add(Present(entry, $"already in {existing.Path}"));
                if (options.Update)
                {
                    planned.Add(new PlannedReference(existing.Path, existing.FullPath, existing.Updated(entry, IsKnown), IsUpdate: true));
                }

                continue;
            }

            if (identifiers.Select(seen.GetValueOrDefault).FirstOrDefault(k => k is not null) is { } earlier)
            {
                alreadyPresent++;
                diagnostics.Add(Present(entry, $"already in this import, as '{earlier}'"));
                continue;
            }

            var key = ReferenceKeys.For(entry, taken);
            foreach (var identifier in identifiers)
            {
                seen[identifier] = key;
            }

            var full = Path.Combine(references, key + ".md");
            planned.Add(new PlannedReference(RelativePath.Of(options.WorkingDirectory, full), full, ReferenceFileText.Write(entry.Item, entry.Evidence, IsKnown), IsUpdate: false));
        }

        var sorted = diagnostics.ToSortedList();
        var failed = sorted.Any(d => d.Severity == DiagnosticSeverity.Error);
        var written = !options.DryRun && !failed && planned.Count > 0;
        if (written)
        {
            ReferenceFiles.WriteAll(input, references, planned);
        }

        return new ImportResult(sorted, planned, alreadyPresent, written);
    }

    /// <summary>
    /// The identifiers (as <see cref="Identifiers"/> gives them) of the references the site already has: site add
    /// checks these before it asks for an identifier online.
    /// </summary>
    internal static IReadOnlySet<string> PresentIdentifiers(string inputDirectory, string workingDirectory)
    {
        var input = InputFolder.RequireExisting(inputDirectory, workingDirectory);

        return ExistingReferences.Of(input, workingDirectory).ByIdentifier.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An entry's identifiers as duplicates are found by: <c>doi:</c> and the DOI in lower case without a resolver, <c>pmid:</c> and the PMID.</summary>
    public static IReadOnlyList<string> Identifiers(JsonObject item)
    {
        var identifiers = new List<string>(2);
        if (item["DOI"] is JsonValue doi && NormalDoi(doi.ToString()) is { Length: > 0 } normal)
        {
            identifiers.Add("doi:" + normal);
        }

        if (item["PMID"] is JsonValue pmid && pmid.ToString().Trim() is { Length: > 0 } digits)
        {
            identifiers.Add("pmid:" + digits.TrimStart('0'));
        }

        return identifiers;
    }

    /// <summary>A DOI as compared: bare (<see cref="CslValues.BareDoi"/>) and in lower case.</summary>
    public static string NormalDoi(string doi) => (CslValues.BareDoi(doi) ?? string.Empty).ToLowerInvariant();

    private static Diagnostic Present(ImportedEntry entry, string message) =>
        new(DiagnosticDescriptors.AlreadyPresent, DiagnosticSeverity.Info, entry.Location, message, "it is not written again; pass --update to refresh its fields from this source");

    private static IEnumerable<ImportedEntry> Read(string path, string workingDirectory, IBibliographyFormat? format, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            throw new SiteSetupException($"cannot read '{RelativePath.Of(workingDirectory, path)}': there is no such file");
        }

        var display = RelativePath.Of(workingDirectory, path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteSetupException($"cannot read '{display}': {e.Message}", e);
        }

        var source = ImportSourceReader.Read(display, bytes, diagnostics);

        var chosen = format ?? BibliographyFormats.Recognise(source.Text, Path.GetExtension(path).ToLowerInvariant());
        if (chosen is null)
        {
            diagnostics.Add(Diagnostic.ForFile(
                DiagnosticDescriptors.InvalidBibliography, display,
                "the file is in none of the formats site import reads",
                $"export it as one of {string.Join(", ", BibliographyFormats.All.Select(f => f.Name))}, or name its format with --format"));
            return [];
        }

        var read = chosen.Read(source);
        diagnostics.AddRange(read.Diagnostics);
        return read.Entries;
    }

    /// <summary>The references the site has, by DOI and PMID, and every id in use.</summary>
    private sealed record ExistingReferences(IReadOnlyCollection<string> Ids, IReadOnlyDictionary<string, ExistingReference> ByIdentifier)
    {
        public static ExistingReferences Of(string input, string workingDirectory)
        {
            var loaded = new LoadPhase().Run(input, workingDirectory);
            var byIdentifier = new Dictionary<string, ExistingReference>(StringComparer.Ordinal);
            foreach (var (document, reference) in new KindLists<SourceDocument>(loaded.Documents, d => d.Content).References)
            {
                var existing = new ExistingReference(document.Source.Path, Path.Combine(input, document.RelativePath), document);
                if (reference.Doi is { } doi)
                {
                    byIdentifier.TryAdd("doi:" + NormalDoi(doi), existing);
                }

                if (reference.Pmid is { } pmid)
                {
                    byIdentifier.TryAdd("pmid:" + pmid, existing);
                }
            }

            return new ExistingReferences([.. loaded.Documents.Select(d => d.Id)], byIdentifier);
        }

        public ExistingReference? Find(string identifier) => ByIdentifier.GetValueOrDefault(identifier);
    }

    /// <summary>A reference file already in the site.</summary>
    private sealed record ExistingReference(string Path, string FullPath, SourceDocument Document)
    {
        /// <summary>
        /// The file with its bibliographic fields refreshed from <paramref name="entry"/>: each field the source has
        /// replaces the file's; the body, the evidence level and the fields the source lacks stay as they are.
        /// </summary>
        public string Updated(ImportedEntry entry, Func<string, bool> isKnown)
        {
            var text = Document.Source.Text;
            var split = FrontMatterSplitter.Split(text);
            var merged = split.HasFrontMatter && split.IsClosed ? Fields(text.Substring(split.YamlOffset, split.YamlLength)) : [];
            EvidenceLevel? evidence = merged["evidence"] is JsonValue level && EvidenceLevels.TryParse(level.ToString(), out var parsed) ? parsed : entry.Evidence;
            foreach (var (name, value) in entry.Item)
            {
                merged[name] = value?.DeepClone();
            }

            return ReferenceFileText.Write(merged, evidence, isKnown, split.IsClosed ? text[split.BodyOffset..] : string.Empty);
        }

        // The front matter as CSL-JSON: scalars as strings (dates as date-parts), lists and maps as they are.
        private static JsonObject Fields(string yaml)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new GuardedYamlParser(new Parser(new StringReader(yaml))));
            }
            catch (YamlException)
            {
                return [];
            }

            var fields = new JsonObject();
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        fields[name] = Json(name, value);
                    }
                }
            }

            return fields;
        }

        private static JsonNode? Json(string name, YamlNode node) => node switch
        {
            YamlScalarNode { Value: { } text } when name is "issued" or "accessed" && PartialDate.TryParse(text, out var date) =>
                new JsonObject { ["date-parts"] = new JsonArray(new JsonArray([.. date.Parts.Select(p => (JsonNode)p)])) },
            YamlScalarNode { Value: { } text } => text,
            YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(child => Json(name, child))]),
            YamlMappingNode map => new JsonObject(map.Children
                .Where(c => c.Key is YamlScalarNode { Value: not null })
                .Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Json(name, c.Value)))),
            _ => null,
        };
    }
}
