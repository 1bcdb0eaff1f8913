namespace Site.Core.Importing.Online;

/// <summary>The kinds of identifier <c>site add</c> resolves.</summary>
public enum OnlineIdentifierKind
{
    /// <summary>A DOI, resolved by content negotiation at doi.org.</summary>
    Doi,

    /// <summary>A PubMed id, resolved with NCBI's E-utilities.</summary>
    Pmid,

    /// <summary>A PubMed Central id, resolved to its PubMed id (or DOI) with NCBI's E-utilities, then as that.</summary>
    Pmcid,
}
