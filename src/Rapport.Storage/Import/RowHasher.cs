using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Rapport.Storage.Import;

/// <summary>
/// A stable 64-bit fingerprint of a row's content (unlike <see cref="HashCode"/>, the same in every
/// process), so a re-import can tell an unchanged row without reading it back.
/// </summary>
internal sealed class RowHasher
{
    private readonly XxHash3 _hash = new();
    private readonly byte[] _scratch = new byte[8];

    public RowHasher Add(string? value)
    {
        if (value is null)
        {
            return Add(-1L);
        }

        Add((long)value.Length);
        _hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    /// <summary>A list: its length, then each item, so that ["a b"] and ["a", "b"] differ.</summary>
    public RowHasher Add(IReadOnlyList<string> values)
    {
        Add((long)values.Count);
        foreach (var value in values)
        {
            Add(value);
        }

        return this;
    }

    public RowHasher Add(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, value);
        _hash.Append(_scratch);
        return this;
    }

    public RowHasher Add(long? value) => value is { } v ? Add(1L).Add(v) : Add(0L);

    public RowHasher Add(bool value) => Add(value ? 1L : 0L);

    public RowHasher Add(DateTime value) => Add(value.Ticks);

    public RowHasher Add(DateTime? value) => Add(value?.Ticks);

    public long Finish()
    {
        var result = unchecked((long)_hash.GetCurrentHashAsUInt64());
        _hash.Reset();
        return result;
    }
}
