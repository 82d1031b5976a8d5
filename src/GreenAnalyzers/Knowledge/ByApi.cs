namespace GreenAnalyzers.Knowledge;

/// <summary>A string-keyed table per <see cref="InstanceApi"/>. One dictionary per api rather than one keyed by
/// <c>(api, key)</c>: string-keyed dictionaries run the runtime's precompiled code, where a tuple key would be compiled
/// just in time in every build that loads the catalog.</summary>
internal sealed class ByApi<T>
    where T : class
{
    private readonly Dictionary<string, T>[] _tables;

    public ByApi()
    {
        _tables = new Dictionary<string, T>[InstanceApis.All.Count];
        for (var i = 0; i < _tables.Length; i++)
        {
            _tables[i] = new Dictionary<string, T>(StringComparer.Ordinal);
        }
    }

    public IEnumerable<T> Values
    {
        get
        {
            foreach (var table in _tables)
            {
                foreach (var value in table.Values)
                {
                    yield return value;
                }
            }
        }
    }

    public IEnumerable<(InstanceApi Api, string Key)> Keys
    {
        get
        {
            foreach (var api in InstanceApis.All)
            {
                foreach (var key in _tables[(int)api].Keys)
                {
                    yield return (api, key);
                }
            }
        }
    }

    public T this[InstanceApi api, string key]
    {
        set => _tables[(int)api][key] = value;
    }

    public bool TryGetValue(InstanceApi api, string key, out T value) => _tables[(int)api].TryGetValue(key, out value!);
}
