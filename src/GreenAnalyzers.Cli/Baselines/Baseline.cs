using System.Text.Json;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Reporting;

namespace GreenAnalyzers.Cli.Baselines;

/// <summary>
/// Accepted findings, by <see cref="Fingerprint"/> and count: a team adopting the rules on an existing code base records
/// today's findings, and only new ones fail the pipeline. Counting occurrences means a second copy of an accepted line
/// is new. The file lists rule, path and message too, for humans reviewing its diff; only fingerprints match.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly IReadOnlyDictionary<string, int> _counts;

    private Baseline(IReadOnlyDictionary<string, int> counts) => _counts = counts;

    public int Count => _counts.Values.Sum();

    public static Baseline Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"baseline '{path}' does not exist (create it with --update-baseline).");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"baseline '{path}' is not a green baseline (version {FormatVersion} with a findings array); recreate it with --update-baseline.");
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in findings.EnumerateArray())
            {
                var fingerprint = entry.GetProperty("fingerprint").GetString() ?? throw new FormatException("a fingerprint is null");
                var count = entry.TryGetProperty("count", out var c) ? c.GetInt32() : 1;
                counts[fingerprint] = counts.GetValueOrDefault(fingerprint) + Math.Max(count, 1);
            }

            return new Baseline(counts);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new CliException($"baseline '{path}' is corrupt: {exception.Message.Split('\n')[0].Trim()}");
        }
    }

    /// <summary>Written whole or not at all (<see cref="AtomicFile"/>): an unwritable baseline is one line, and the
    /// previous one stays intact.</summary>
    public static void Write(string path, IReadOnlyList<Finding> findings) => AtomicFile.Write(path, "baseline", writer => JsonOutput.Write(
        writer,
        new BaselineFile(
            FormatVersion,
            "Findings accepted by `green analyze --baseline`: only findings not listed here fail the run. Regenerate with --update-baseline.",
            [
                .. findings.GroupBy(f => f.Fingerprint).OrderBy(g => g.First(), Finding.Order)
                    .Select(group => new BaselineEntry(group.Key, group.First().RuleId, group.First().Path, group.First().Message, group.Count())),
            ]),
        ReportJsonContext.Default.BaselineFile));

    /// <summary>Marks the findings the baseline accepts, in report order, up to each fingerprint's recorded count.</summary>
    public IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings)
    {
        var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        return findings.Select(finding =>
        {
            var accepted = remaining.TryGetValue(finding.Fingerprint, out var left) && left > 0;
            if (accepted)
            {
                remaining[finding.Fingerprint] = left - 1;
            }

            return finding with { Baselined = accepted };
        }).ToList();
    }
}

/// <summary>The baseline file: <see cref="Baseline.Read"/> needs <c>version</c> and each entry's <c>fingerprint</c>
/// (and <c>count</c>, 1 when absent); rule, path and message are for people reading its diff.</summary>
internal sealed record BaselineFile(int Version, string Description, IReadOnlyList<BaselineEntry> Findings);

internal sealed record BaselineEntry(string Fingerprint, string RuleId, string Path, string Message, int Count);
