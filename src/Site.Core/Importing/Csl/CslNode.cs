namespace Site.Core.Importing.Csl;

/// <summary>
/// A value of a CSL-JSON or CSL-YAML file with where it is, so that a problem with it is reported at its line and
/// column: both syntaxes are read into these, and one reader makes CSL items of them.
/// </summary>
/// <param name="Offset">Where the value starts in the file.</param>
/// <param name="Length">How long it is as written on its line, for the underline (0 when it spans lines).</param>
internal abstract record CslNode(int Offset, int Length);
