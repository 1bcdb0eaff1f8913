using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>A document whose id an earlier document (in path order) already has.</summary>
public sealed record DuplicateDocument(ParsedDocument Document, ParsedDocument First);
