using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// Writes the content of a value as bytes and digests them: each string is written with its length, so
/// that ("ab", "c") and ("a", "bc") differ, and a missing value is written as such, so that null and "" differ.
/// </summary>
public sealed class FingerprintWriter
{
    // One buffer per thread, reused value after value: only the digest is kept.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Buffer;

    private readonly ArrayBufferWriter<byte> _buffer;

    private FingerprintWriter(ArrayBufferWriter<byte> buffer) => _buffer = buffer;

    /// <summary>The fingerprint of what <paramref name="write"/> writes of <paramref name="value"/>.</summary>
    internal static Fingerprint Of<T>(T value, Action<FingerprintWriter, T> write)
    {
        var buffer = Buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        write(new FingerprintWriter(buffer), value);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return new Fingerprint(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }

    /// <summary>Writes a string, or its absence.</summary>
    public FingerprintWriter Text(string? text)
    {
        if (text is null)
        {
            return Number(-1);
        }

        return Text(text.AsSpan());
    }

    /// <summary>Writes a span of text (a part of a file, without copying it out).</summary>
    public FingerprintWriter Text(ReadOnlySpan<char> text)
    {
        Number(text.Length);
        var bytes = MemoryMarshal.AsBytes(text);
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
        return this;
    }

    /// <summary>Writes a number.</summary>
    public FingerprintWriter Number(long number)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(sizeof(long)), number);
        _buffer.Advance(sizeof(long));
        return this;
    }

    /// <summary>Writes a number, or its absence.</summary>
    public FingerprintWriter Maybe(int? number) => number is { } value ? Number(1).Number(value) : Number(0);

    /// <summary>Writes a truth value.</summary>
    public FingerprintWriter Flag(bool value) => Number(value ? 1 : 0);
}
