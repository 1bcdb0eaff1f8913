namespace Site.Cli.Tests;

/// <summary>The test classes that share one <see cref="PackedSiteTool"/>, packed and installed once per test run.</summary>
[CollectionDefinition(PackedSiteTool.Collection)]
public sealed class PackedSiteToolCollection : ICollectionFixture<PackedSiteTool>;
