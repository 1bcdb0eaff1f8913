using AngleSharp.Dom;

namespace Site.Core.Tests;

/// <summary>Queries that fail the test when the element is missing, instead of skipping the assertion.</summary>
internal static class ParentNodeExtensions
{
    /// <summary>The first element matching <paramref name="selector"/>; fails when there is none.</summary>
    public static IElement ShouldHave(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Shouldly.ShouldAssertException($"no element matches '{selector}'");
}
