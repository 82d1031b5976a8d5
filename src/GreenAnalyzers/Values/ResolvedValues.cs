namespace GreenAnalyzers.Values;

/// <summary>The known values that may reach a sink (<see cref="ValueResolver.ResolveEach"/>): most sinks hold one value, which
/// is kept without an array; several (paths, branches, collection elements, configuration files) are kept in one. Every
/// assignment to a sink of an SDK project comes through here, several times (issue 21).</summary>
internal readonly struct ResolvedValues
{
    private readonly ResolvedValue? _single;
    private readonly ImmutableArray<ResolvedValue> _many;

    public ResolvedValues(ResolvedValue? single)
    {
        _single = single;
        _many = default;
    }

    public ResolvedValues(ImmutableArray<ResolvedValue> many)
    {
        _single = null;
        _many = many;
    }

    public static ResolvedValues Empty => default;

    public int Length => _single is not null ? 1 : _many.IsDefault ? 0 : _many.Length;

    public bool IsEmpty => Length == 0;

    public ResolvedValue this[int index]
        => (uint)index < (uint)Length ? _single ?? _many[index] : throw new System.ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates without allocating, like <see cref="ImmutableArray{T}.Enumerator"/>.</summary>
    public struct Enumerator
    {
        private readonly ResolvedValues _values;
        private int _index;

        public Enumerator(ResolvedValues values)
        {
            _values = values;
            _index = -1;
        }

        public ResolvedValue Current => _values[_index];

        public bool MoveNext() => ++_index < _values.Length;
    }
}
