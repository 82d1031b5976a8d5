namespace GreenAnalyzers.Knowledge;

/// <summary>Reads the catalog's embedded tab-separated resources: '#' lines are comments, the first other line names
/// the columns. Embedded, not read from disk: analyzers must not touch the file system.</summary>
internal static class Tsv
{
    public static List<TsvRow> ReadResource(string name)
        => TryReadResource(name) ?? throw new InvalidOperationException("Missing embedded catalog resource " + name);

    /// <summary>The rows of an embedded table, or null when the assembly has no such table.</summary>
    public static List<TsvRow>? TryReadResource(string name)
    {
        using var stream = typeof(Tsv).Assembly.GetManifestResourceStream("GreenAnalyzers.Knowledge." + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static List<TsvRow> Parse(TextReader reader)
    {
        var rows = new List<TsvRow>();
        Dictionary<string, int>? columns = null;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < cells.Length; i++)
                {
                    columns[cells[i]] = i;
                }

                continue;
            }

            rows.Add(new TsvRow(columns, cells));
        }

        return rows;
    }
}

/// <summary>One row, its cells read by column name; a cell missing at the end of a short row reads as empty. The
/// column names are shared by every row of a file (loaded once per process, in every build: kept cheap).</summary>
internal readonly struct TsvRow
{
    private readonly Dictionary<string, int> _columns;
    private readonly string[] _cells;

    public TsvRow(Dictionary<string, int> columns, string[] cells)
    {
        _columns = columns;
        _cells = cells;
    }

    /// <summary>The cell of <paramref name="column"/>; throws for a column the file does not have (a catalog bug).</summary>
    public string this[string column]
        => TryGetValue(column, out var cell) ? cell : throw new KeyNotFoundException("The catalog has no column " + column);

    public bool TryGetValue(string column, out string cell)
    {
        if (!_columns.TryGetValue(column, out var index))
        {
            cell = string.Empty;
            return false;
        }

        cell = index < _cells.Length ? _cells[index] : string.Empty;
        return true;
    }
}
