namespace Site.Core.Generating;

/// <summary>What a build must be given for a generated output to exist.</summary>
[Flags]
public enum GeneratedOutputNeeds
{
    /// <summary>Every build makes it.</summary>
    None = 0,

    /// <summary>Only a site whose site.yml gives its <c>baseUrl</c>: the output's URLs must be absolute.</summary>
    BaseUrl = 1,

    /// <summary>Only a build given the previous edition (<c>--previous</c>).</summary>
    PreviousEdition = 2,
}
