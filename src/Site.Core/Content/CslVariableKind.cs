namespace Site.Core.Content;

/// <summary>What a CSL variable holds, which decides how front matter writes it, how it is checked, and how exports carry it.</summary>
public enum CslVariableKind
{
    /// <summary>People or organisations, written as the authors are: <c>Jones JL</c>, <c>{family, given}</c> or <c>{literal}</c>.</summary>
    Name,

    /// <summary>A date: a year, a year and month, or a full date (<c>2018</c>, <c>2018-07</c>, <c>2018-07-24</c>).</summary>
    Date,

    /// <summary>A number, or text standing for one: CSL allows <c>12</c>, <c>12-14</c>, <c>xii</c> or <c>Suppl 2</c>.</summary>
    Number,

    /// <summary>A single line or paragraph of text.</summary>
    String,

    /// <summary>A list of short texts (only <c>categories</c>).</summary>
    StringList,
}
