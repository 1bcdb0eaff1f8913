using System.Globalization;
using System.Text;

namespace Site.Theme.Liquid;

/// <summary>The page being written, refusing to grow past <see cref="MaxLength"/> characters: a loop can print a lot in few steps.</summary>
internal sealed class BoundedWriter(StringBuilder buffer) : StringWriter(buffer, CultureInfo.InvariantCulture)
{
    /// <summary>The most characters a page's template may write (and any one value a template assigns may hold).</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    /// <inheritdoc />
    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    // Straight into the buffer: StringWriter gives a span or a builder written to a type derived from it to TextWriter,
    // which copies it into an array rented for each write (a page's writers make tens of thousands).

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        GetStringBuilder().Append(buffer);
    }

    /// <inheritdoc />
    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length + CoreNewLine.Length);
        GetStringBuilder().Append(buffer).Append(CoreNewLine);
    }

    /// <inheritdoc />
    public override void Write(StringBuilder? value)
    {
        Check(value?.Length ?? 0);
        GetStringBuilder().Append(value);
    }

    private void Check(int more)
    {
        if ((long)GetStringBuilder().Length + more > MaxLength)
        {
            throw new LimitException($"the page is longer than the theme's limit of {MaxLength:N0} characters");
        }
    }
}
