namespace Site.Core.Content;

/// <summary>What a CSL variable holds, which decides how a reader checks and normalises its value.</summary>
public enum CslVariableKind
{
    /// <summary>Plain text: a title, a publisher, an identifier.</summary>
    Standard,

    /// <summary>A number or a range, kept as text: a volume, an issue, a page range ("575-82"), an edition.</summary>
    Number,

    /// <summary>A date: <c>{"date-parts": [[2018, 7, 24]]}</c>.</summary>
    Date,

    /// <summary>A list of names: <c>[{"family": "Jones", "given": "Jennifer L."}]</c>.</summary>
    Name,
}
