using Site.Core.Content;
using Site.Core.Kinds;

namespace Site.Core.Linking;

/// <summary>The graph's documents of each kind, each list in its order (by title, or by id for references).</summary>
internal sealed record GraphKinds(
    KindNodes<PageFrontMatter> Pages,
    KindNodes<SubstanceFrontMatter> Substances,
    KindNodes<MechanismFrontMatter> Mechanisms,
    KindNodes<ConditionFrontMatter> Conditions,
    KindNodes<ReferenceFrontMatter> References);
