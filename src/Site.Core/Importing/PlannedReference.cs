namespace Site.Core.Importing;

/// <summary>One reference file an import writes: a new one, or one already present whose fields it refreshes.</summary>
/// <param name="Path">The file's path relative to the working directory, e.g. <c>input/references/jones-2018.md</c>.</param>
/// <param name="FullPath">Where it is written.</param>
/// <param name="Text">The whole file.</param>
/// <param name="IsUpdate">True when it replaces a reference already present (<c>--update</c>).</param>
public sealed record PlannedReference(string Path, string FullPath, string Text, bool IsUpdate);
