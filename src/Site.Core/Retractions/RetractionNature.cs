namespace Site.Core.Retractions;

/// <summary>What was published about a work that readers must be told: it was retracted, or its journal has doubts.</summary>
public enum RetractionNature
{
    /// <summary>The work is retracted: its findings are withdrawn.</summary>
    Retraction,

    /// <summary>The journal has published an expression of concern about the work; it stands, in doubt.</summary>
    ExpressionOfConcern,
}
