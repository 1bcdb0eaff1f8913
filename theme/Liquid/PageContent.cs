using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Site.Theme.Liquid;

/// <summary>
/// The page template's HTML as the default layout's <c>content</c>, which only prints it (<c>{{ content | raw }}</c>): written from
/// the renderer's buffer as it is, never encoded, so that a page's body is not copied into a new string on its way into the
/// layout. Liquid's filters and operators treat a string value of their own kind apart (its size, <c>contains</c>, whether it
/// is encoded), so a site's own layout, which may use them, is given the string instead.
/// </summary>
internal sealed class PageContent(StringBuilder html) : FluidValue
{
    /// <inheritdoc />
    public override FluidValues Type => FluidValues.String;

    /// <inheritdoc />
    public override bool Equals(FluidValue other) => other is not null && ToStringValue() == other.ToStringValue();

    /// <inheritdoc />
    public override bool ToBooleanValue() => true;

    /// <inheritdoc />
    public override decimal ToNumberValue() => new StringValue(ToStringValue()).ToNumberValue();

    /// <inheritdoc />
    public override string ToStringValue() => html.ToString();

    /// <inheritdoc />
    public override object ToObjectValue() => ToStringValue();

    /// <inheritdoc />
    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Write(writer);

    /// <inheritdoc />
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Write(writer);
        return default;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);

    private void Write(TextWriter writer)
    {
        foreach (var chunk in html.GetChunks())
        {
            writer.Write(chunk.Span);
        }
    }
}
