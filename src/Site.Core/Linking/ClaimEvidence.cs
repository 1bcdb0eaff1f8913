using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Parsing.Claims;

namespace Site.Core.Linking;

/// <summary>A claim with what stands behind it: the references its citations resolve to, their evidence levels and the flag they earn.</summary>
public sealed class ClaimEvidence
{
    internal ClaimEvidence(ParsedDocument document, Claim claim, IReadOnlyList<DocumentNode<ReferenceFrontMatter>> references, bool hasUnknownCitation, string text)
    {
        Document = document;
        Claim = claim;
        // Arrays of exactly their size: a dense site holds a hundred thousand claims, each with both lists, until it is written.
        var documents = new ParsedDocument[references.Count];
        var levels = new EvidenceLevel?[references.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            (documents[i], levels[i]) = (references[i].Document, references[i].FrontMatter.Evidence);
        }

        References = documents;
        HasUnknownCitation = hasUnknownCitation;
        Levels = levels;
        Flag = EvidenceFlags.Of(Levels);
        FullText = text;
        Text = PassageText.Shorten(text);
    }

    /// <summary>The document the claim is written in.</summary>
    public ParsedDocument Document { get; }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The distinct references its citations name, in order of first citation.</summary>
    public IReadOnlyList<ParsedDocument> References { get; }

    /// <summary>The evidence level of each reference, in the same order (null: not assessed).</summary>
    public IReadOnlyList<EvidenceLevel?> Levels { get; }

    /// <summary>The warning readers see beside the claim, if its evidence is all of a weak kind.</summary>
    public EvidenceFlag? Flag { get; }

    /// <summary>Whether a citation in it resolves: the claim has a reference behind it.</summary>
    public bool IsCovered => References.Count > 0;

    /// <summary>Whether one of its citations names no reference (reported as <c>unknown-citation</c> already).</summary>
    public bool HasUnknownCitation { get; }

    /// <summary>The claim as plain text, citations left out, shortened for quoting.</summary>
    public string Text { get; }

    /// <summary>The claim as plain text, citations left out, whole.</summary>
    public string FullText { get; }
}
