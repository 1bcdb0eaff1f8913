using System.Text;
using Site.Theme.Liquid;

namespace Site.Core.Tests.Theme;

public sealed class BoundedWriterTests
{
    [Fact]
    public void Should_write_what_a_string_writer_writes_by_every_overload()
    {
        // Given a bounded writer and a plain string writer
        var bounded = new BoundedWriter(new StringBuilder());
        var plain = new StringWriter();
        var chunked = new StringBuilder(4).Append("chunks of a builder, ").Append("more than one, ").Append('é', 40);

        // When the same text is written to both by each overload a template or a writer uses
        foreach (var writer in new TextWriter[] { bounded, plain })
        {
            writer.Write('<');
            writer.Write("a string");
            writer.Write("an array".ToCharArray(), 1, 5);
            writer.Write("a span of text".AsSpan(2, 4));
            writer.Write(chunked);
            writer.WriteLine("a line".AsSpan());
            writer.Write(42);
        }

        // Then the page holds the same characters
        bounded.ToString().ShouldBe(plain.ToString());
    }

    [Fact]
    public void Should_refuse_to_grow_past_its_limit_by_every_overload()
    {
        // Given a writer nearly full
        var big = new string('x', 1024);
        var writes = new Action<BoundedWriter>[]
        {
            w => w.Write(big),
            w => w.Write(big.ToCharArray(), 0, big.Length),
            w => w.Write(big.AsSpan()),
            w => w.WriteLine(big.AsSpan()),
            w => w.Write(new StringBuilder(big)),
        };
        foreach (var write in writes)
        {
            var writer = new BoundedWriter(new StringBuilder(new string('x', BoundedWriter.MaxLength - 512)));

            // When more is written than the limit leaves room for
            // Then it is refused, and the page does not grow
            Should.Throw<LimitException>(() => write(writer));
            writer.GetStringBuilder().Length.ShouldBe(BoundedWriter.MaxLength - 512);
        }
    }
}
