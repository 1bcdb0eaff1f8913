namespace Site.Core.Rendering.Models;

/// <summary>One cell of the evidence map: a substance and a mechanism, and the claims that connect them.</summary>
/// <param name="Id">The element id of the pair's list of claims ("ketamine--nmda-receptor-antagonism").</param>
/// <param name="Substance">The substance.</param>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="Listed">Whether the substance lists the mechanism in its front matter.</param>
/// <param name="Claims">The claims on the substance's page that link to the mechanism, in document order.</param>
/// <param name="References">The number of distinct references behind those claims.</param>
public sealed record EvidencePair(string Id, PageLink Substance, PageLink Mechanism, bool Listed, IReadOnlyList<PassageLink> Claims, int References);
