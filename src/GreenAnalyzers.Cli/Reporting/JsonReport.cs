using System.Collections.Immutable;
using GreenAnalyzers.Cli.Loading;

namespace GreenAnalyzers.Cli.Reporting;

// The shape of `green analyze --format json`, in output order. Null members are left out (ReportJsonContext).

internal sealed record JsonReport(
    JsonTool Tool,
    string Target,
    string Root,
    bool Partial,
    IReadOnlyList<ProjectFailure> NotAnalyzed,
    IReadOnlyList<JsonFinding> Findings,
    JsonSummary Summary);

internal sealed record JsonTool(string Name, string Version);

internal sealed record JsonFinding(
    string RuleId,
    string Severity,
    string Message,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Fingerprint,
    bool Fixable,
    string? BaselineState,
    IReadOnlyDictionary<string, string> Properties);

internal sealed record JsonSummary(IReadOnlyList<JsonCounts> Rules, JsonCounts Total, JsonListPrices ListPrices);

/// <summary>Finding counts of one rule (with its id and title) or of all (with the count of new ones).</summary>
internal sealed record JsonCounts(string? RuleId, string? Title, int Error, int Warning, int Info, int Total, int Fixable, int Baselined, int? New);

internal sealed record JsonListPrices(string Note, IReadOnlyList<JsonPriceMetric> Metrics, IReadOnlyList<PriceSource> Sources);

internal sealed record JsonPriceMetric(
    string Property,
    string Label,
    int Findings,
    decimal? MedianSuggestedToCurrent,
    IReadOnlyList<JsonPricePair> Pairs,
    ImmutableArray<string> RuleIds);

internal sealed record JsonPricePair(decimal Current, decimal Suggested, int Findings, string? Gain);
