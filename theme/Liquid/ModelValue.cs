using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Site.Theme.Liquid;

/// <summary>
/// A .NET object as a template sees it: its registered members can be read, but the object itself prints nothing (never its
/// type's name, nor a record's every member): a template prints strings, numbers, booleans and dates only.
/// </summary>
internal sealed class ModelValue(object value) : ObjectValueBase(value)
{
    /// <inheritdoc />
    public override string ToStringValue() => "";

    /// <inheritdoc />
    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
    }

    /// <inheritdoc />
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;
}
