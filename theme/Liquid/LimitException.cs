namespace Site.Theme.Liquid;

/// <summary>A template went past one of the theme's limits (statements, nesting, a range, a page's length).</summary>
internal sealed class LimitException(string message) : Exception(message);
