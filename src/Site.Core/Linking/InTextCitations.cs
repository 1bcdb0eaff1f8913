using Site.Core.Content;
using Site.Core.Parsing.Citations;
using Site.Core.Styles;

namespace Site.Core.Linking;

/// <summary>
/// What an author-in-text citation (<c>@jones-2018 found</c>) is once the references are known. Pandoc reads every
/// <c>@word</c> after a space as a citation, but prose names handles and mentions (<c>@twitter</c>): one whose key
/// names no reference is the text written, cites nothing, numbers nothing and is no <c>unknown-citation</c>, unless
/// the key is a likely typo of a reference's (then it is reported, with the key it resembles).
/// </summary>
public static class InTextCitations
{
    /// <summary>Whether <paramref name="group"/> reads as the text written: an author-in-text citation whose key names no reference.</summary>
    public static bool IsText(CitationGroup group, Func<string, bool> isReference) => group.InText && !isReference(group.Items[0].Key);

    /// <summary>
    /// How an author-in-text citation reads in plain text (a claim's text, a quoted passage): the authors' names or the
    /// title, citing; or, when its key names no reference, the text written. Null for a citation in brackets.
    /// </summary>
    /// <param name="group">The citation.</param>
    /// <param name="referenceOf">The reference of a key, or null.</param>
    /// <param name="and">The site's language's word joining two names.</param>
    public static InTextWords? Words(CitationGroup group, Func<string, ReferenceFrontMatter?> referenceOf, string and)
    {
        if (!group.InText)
        {
            return null;
        }

        return referenceOf(group.Items[0].Key) is { } reference
            ? new InTextWords(NarrativeNames.Of(reference, and), Cites: true)
            : new InTextWords(group.Written, Cites: false);
    }

    /// <summary><see cref="Words"/> over a site's references.</summary>
    internal static Func<CitationGroup, InTextWords?> WordsFor(IReadOnlyDictionary<string, Kinds.DocumentNode<ReferenceFrontMatter>> references, string and) =>
        group => Words(group, key => references.GetValueOrDefault(key)?.FrontMatter, and);
}
