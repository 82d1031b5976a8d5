using System;
using System.Collections.Generic;
using System.IO;

namespace GreenAnalyzers.Knowledge;

/// <summary>Reads the catalog's embedded tab-separated resources: '#' lines are comments, the first other line names
/// the columns. Embedded, not read from disk: analyzers must not touch the file system.</summary>
internal static class Tsv
{
    public static List<Dictionary<string, string>> ReadResource(string name)
    {
        using var stream = typeof(Tsv).Assembly.GetManifestResourceStream("GreenAnalyzers.Knowledge." + name)
            ?? throw new InvalidOperationException("Missing embedded catalog resource " + name);
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static List<Dictionary<string, string>> Parse(TextReader reader)
    {
        var rows = new List<Dictionary<string, string>>();
        string[]? columns = null;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
