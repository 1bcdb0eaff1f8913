using System.Globalization;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// The fields of one YAML mapping (front matter or site.yml) with typed readers that report every
/// problem as a diagnostic at the exact position in the source file.
/// </summary>
internal sealed class FrontMatterFields
{
    private readonly SourceText _source;
    private readonly int _yamlOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private FrontMatterFields(
        SourceText source, int yamlOffset, DiagnosticBag diagnostics, Dictionary<string, (YamlScalarNode, YamlNode)> fields, bool isValid,
        IReadOnlyList<Sourced<string>>? unfinished = null)
    {
        _source = source;
        _yamlOffset = yamlOffset;
        _diagnostics = diagnostics;
        _fields = fields;
        IsValid = isValid;
        Unfinished = unfinished ?? [];
    }

    /// <summary>
    /// The fields whose value is marked <c>!unfinished</c>, by name, at their values: still to be written, so they are
    /// neither read nor reported missing; the marker itself is the page's error.
    /// </summary>
    public IReadOnlyList<Sourced<string>> Unfinished { get; }

    /// <summary>False when the YAML itself could not be read; field checks are then skipped to avoid a cascade.</summary>
    public bool IsValid { get; }

    /// <summary>
    /// Parses YAML found at <paramref name="yamlOffset"/> of <paramref name="source"/> and reports unknown
    /// fields against <paramref name="knownFields"/>, with a did-you-mean or, when none is close,
    /// <paramref name="knownFieldsHint"/> (by default the list of known fields).
    /// </summary>
    public static FrontMatterFields Parse(
        SourceText source, int yamlOffset, int yamlLength, IReadOnlyList<string> knownFields, string what, DiagnosticBag diagnostics, string? knownFieldsHint = null)
    {
        var fields = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        var yaml = source.Text.Substring(yamlOffset, yamlLength);
        if (YamlLoader.Load(yaml, out var failure) is not { } stream)
        {
            var (message, hint) = failure!.Kind switch
            {
                YamlLoadFailureKind.Limit => ($"{what} cannot be read: {failure.Description}", "front matter needs a few plain fields and lists: write them out instead of nesting or repeating them"),
                YamlLoadFailureKind.Syntax => ($"{what} is not valid YAML: {failure.Description}", "check indentation, the ':' after each field name, and quote values that contain ': ' or start with a special character"),
                _ => ($"{what} is not valid YAML: {failure.Description}", "check for an unclosed '[', '{' or quote"),
            };
            diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidFrontMatter, source, yamlOffset + failure.Index, 0, message, hint));
            return new FrontMatterFields(source, yamlOffset, diagnostics, fields, false);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new FrontMatterFields(source, yamlOffset, diagnostics, fields, true);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.InvalidFrontMatter, source, yamlOffset + (int)root.Start.Index, 0,
                $"{what} must be a mapping of 'field: value' lines",
                "write one field per line, e.g. 'title: Ketamine'"));
            return new FrontMatterFields(source, yamlOffset, diagnostics, fields, false);
        }

        var unfinished = new List<Sourced<string>>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var keyOffset = yamlOffset + (int)keyNode.Start.Index;
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidFrontMatter, source, keyOffset, 0, $"{what} field names must be plain words"));
                continue;
            }

            if (!knownFields.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = DidYouMean.Find(key, knownFields);
                diagnostics.Add(Diagnostic.At(
                    DiagnosticDescriptors.UnknownField, source, keyOffset, key.Length,
                    $"unknown field '{key}' in {what}",
                    suggestion is null
                        ? knownFieldsHint ?? $"known fields: {string.Join(", ", knownFields)}"
                        : $"did you mean '{suggestion}'?"));
                continue;
            }

            if (Parsing.UnfinishedMarker.IsValue(value))
            {
                var start = yamlOffset + (int)value.Start.Index;
                var length = value.End.Line == value.Start.Line ? (int)(value.End.Index - value.Start.Index) : Parsing.UnfinishedMarker.Tag.Length;
                unfinished.Add(new Sourced<string>(key, start, length));
                continue;
            }

            fields[key] = ((YamlScalarNode)keyNode, value);
        }

        return new FrontMatterFields(source, yamlOffset, diagnostics, fields, true, unfinished);
    }

    /// <summary>An empty set of fields, for files without front matter.</summary>
    public static FrontMatterFields Empty(SourceText source, DiagnosticBag diagnostics, bool isValid) =>
        new(source, 0, diagnostics, new Dictionary<string, (YamlScalarNode, YamlNode)>(), isValid);

    /// <summary>True when the field is present with a non-empty value.</summary>
    public bool Has(string name) => _fields.TryGetValue(name, out var field) && !IsEmpty(field.Value);

    /// <summary>Whether the field's key is written, even with an empty value.</summary>
    public bool Declares(string name) => _fields.ContainsKey(name);

    /// <summary>A string field, or null when absent or empty. A list or mapping is reported.</summary>
    public string? String(string name) => Scalar(name)?.Value;

    /// <summary>A string field with its position.</summary>
    public Sourced<string>? Scalar(string name)
    {
        _read.Add(name);
        if (!_fields.TryGetValue(name, out var field) || IsEmpty(field.Value))
        {
            return null;
        }

        if (field.Value is YamlScalarNode scalar)
        {
            return SourcedOf(scalar);
        }

        ReportType(name, field.Value, "a single value", $"write '{name}: value' on one line");
        return null;
    }

    /// <summary>A required string field; when absent or empty, reports it and returns null.</summary>
    public string? Required(string name, string what, string example)
    {
        var value = String(name);
        var present = _fields.TryGetValue(name, out var field);
        // A value of the wrong shape has been reported already; an invalid block is reported as a whole.
        if (value is null && !(present && !IsEmpty(field.Value)))
        {
            ReportMissing(name, what, example);
        }

        return value;
    }

    /// <summary>
    /// Reports a required field as missing: at its key when it is written but empty, else at the top of the file. A field
    /// marked unfinished is not reported: its marker is.
    /// </summary>
    public void ReportMissing(string name, string what, string example)
    {
        if (!IsValid || Unfinished.Any(u => u.Value == name))
        {
            return;
        }

        var present = _fields.TryGetValue(name, out var field);
        _diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.MissingField, _source, present ? Offset(field.Key) : 0, present ? name.Length : 0,
            $"{what} has no '{name}'",
            present ? $"fill in '{name}:', e.g. '{name}: {example}'" : $"add a line '{name}: {example}' to the front matter"));
    }

    /// <summary>
    /// Reports every field written with no value (nothing, <c>""</c> or only spaces) but those in
    /// <paramref name="required"/>, which are reported as missing where they are read: an empty field is a value left
    /// to fill in or a line left to delete, and the build cannot tell which.
    /// </summary>
    public void ReportEmpty(string what, IReadOnlyCollection<string> required)
    {
        foreach (var (name, (key, value)) in _fields)
        {
            if (IsEmpty(value) && !required.Contains(name))
            {
                _diagnostics.Add(Diagnostic.At(
                    DiagnosticDescriptors.InvalidFrontMatter, _source, Offset(key), name.Length,
                    $"'{name}' in {what} is empty",
                    "write it or delete the line"));
            }
        }
    }

    /// <summary>A list of strings; a single string is taken as a list of one.</summary>
    public IReadOnlyList<Sourced<string>> StringList(string name)
    {
        _read.Add(name);
        if (!_fields.TryGetValue(name, out var field) || IsEmpty(field.Value))
        {
            return [];
        }

        switch (field.Value)
        {
            case YamlScalarNode scalar:
                return [SourcedOf(scalar)];
            case YamlSequenceNode sequence:
                var items = new List<Sourced<string>>(sequence.Children.Count);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    if (item is not YamlScalarNode itemScalar)
                    {
                        // One report for the field: a list of lists (or an alias bomb) is one mistake, not thousands.
                        ReportType(name, item, "a list of plain values", $"write each item as '- value' under '{name}:'", $"item {i + 1} is");
                        return [];
                    }

                    if (itemScalar.Value is { Length: > 0 })
                    {
                        items.Add(SourcedOf(itemScalar));
                    }
                }

                return items;
            default:
                ReportType(name, field.Value, "a list", $"write each item as '- value' under '{name}:'");
                return [];
        }
    }

    /// <summary>A date in the form yyyy-mm-dd.</summary>
    public DateOnly? Date(string name)
    {
        if (Scalar(name) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidFrontMatter, _source, value.Offset, value.Length,
            $"'{name}' must be a date like 2024-05-31, not '{value.Value}'",
            "write the date as year-month-day"));
        return null;
    }

    /// <summary>A whole number in a range.</summary>
    public int? Integer(string name, int min, int max)
    {
        if (Scalar(name) is not { } value)
        {
            return null;
        }

        if (int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        _diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidFrontMatter, _source, value.Offset, value.Length,
            $"'{name}' must be a whole number from {min} to {max}, not '{value.Value}'"));
        return null;
    }

    /// <summary>One of a fixed set of values, with a did-you-mean when it is not; <paramref name="label"/> names what the value is in the message (by default the field's name).</summary>
    public Sourced<string>? Choice(string name, IReadOnlyList<string> choices, string? label = null)
    {
        if (Scalar(name) is not { } value)
        {
            return null;
        }

        if (choices.Contains(value.Value, StringComparer.Ordinal))
        {
            return value;
        }

        ReportChoice(label ?? name, value, choices);
        return null;
    }

    /// <summary>A mapping of plain keys to plain values (site.yml's claims and severity).</summary>
    public IReadOnlyList<(Sourced<string> Key, Sourced<string> Value)> Map(string name)
    {
        _read.Add(name);
        if (!_fields.TryGetValue(name, out var field) || IsEmpty(field.Value))
        {
            return [];
        }

        if (field.Value is not YamlMappingNode mapping)
        {
            ReportType(name, field.Value, "a mapping", $"write one 'key: value' per line, indented under '{name}:'");
            return [];
        }

        var entries = new List<(Sourced<string>, Sourced<string>)>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: not null } keyScalar && value is YamlScalarNode { Value: not null } valueScalar)
            {
                entries.Add((SourcedOf(keyScalar), SourcedOf(valueScalar)));
            }
            else
            {
                ReportType(name, value, "a mapping of plain values", $"write one 'key: value' per line, indented under '{name}:'");
            }
        }

        return entries;
    }

    /// <summary>Every single-value field with its value and position.</summary>
    public IReadOnlyDictionary<string, Sourced<string>> Positions() =>
        _fields
            .Where(f => f.Value.Value is YamlScalarNode)
            .ToDictionary(f => f.Key, f => SourcedOf((YamlScalarNode)f.Value.Value), StringComparer.Ordinal);

    /// <summary>The raw YAML node of a field, for structured values such as authors.</summary>
    public YamlNode? Node(string name)
    {
        _read.Add(name);
        return _fields.TryGetValue(name, out var field) && !IsEmpty(field.Value) ? field.Value : null;
    }

    /// <summary>
    /// Whether a value reader (<see cref="Scalar"/>, <see cref="Node"/>, <see cref="StringList"/>, <see cref="Map"/>...)
    /// has been asked for the field: what a record has read into its own properties, the rest can go elsewhere.
    /// </summary>
    public bool IsRead(string name) => _read.Contains(name);

    /// <summary>The offset in the source file of a node.</summary>
    public int Offset(YamlNode node) => _yamlOffset + (int)node.Start.Index;

    /// <summary>Reports a value that is not one of the allowed choices; <paramref name="name"/> says what the value is ("evidence level").</summary>
    public void ReportChoice(string name, Sourced<string> value, IReadOnlyList<string> choices)
    {
        var suggestion = DidYouMean.Find(value.Value, choices);
        _diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidFrontMatter, _source, value.Offset, value.Length,
            $"'{value.Value}' is not a valid {name}",
            suggestion is null ? $"use one of: {string.Join(", ", choices)}" : $"did you mean '{suggestion}'?"));
    }

    /// <summary>Reports a value of the wrong shape.</summary>
    public void ReportType(string name, YamlNode node, string expected, string hint, string subject = "is")
    {
        var actual = node switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            _ => "a single value",
        };
        _diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidFrontMatter, _source, Offset(node), 0,
            $"'{name}' must be {expected}, but {subject} {actual}", hint));
    }

    /// <summary>Reports a bad value of a field at its position.</summary>
    public void Report(DiagnosticDescriptor descriptor, Sourced<string> value, string message, string? hint = null) =>
        _diagnostics.Add(Diagnostic.At(descriptor, _source, value.Offset, value.Length, message, hint));

    private Sourced<string> SourcedOf(YamlScalarNode scalar)
    {
        var offset = Offset(scalar);
        // Quoted scalars start at the quote; the underline covers the value as written on one line.
        var length = scalar.End.Line == scalar.Start.Line ? (int)(scalar.End.Index - scalar.Start.Index) : 0;
        return new Sourced<string>(scalar.Value ?? string.Empty, offset, length);
    }

    // Quoted or not: '""' and '"  "' say no more than nothing does.
    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value);
}
