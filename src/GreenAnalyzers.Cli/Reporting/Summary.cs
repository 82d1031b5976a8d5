using System.Collections.Immutable;
using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>Finding counts of one rule (or of all, with <see cref="Rule"/> null) by effective severity.</summary>
internal sealed record RuleCount(RuleInfo? Rule, int Errors, int Warnings, int Infos, int Fixable, int Baselined)
{
    public int Total => Errors + Warnings + Infos;

    public static RuleCount Of(RuleInfo? rule, IReadOnlyCollection<Finding> findings) => new(
        rule,
        findings.Count(f => f.Severity == Severity.Error),
        findings.Count(f => f.Severity == Severity.Warning),
        findings.Count(f => f.Severity == Severity.Info),
        findings.Count(f => f.Fixable),
        findings.Count(f => f.Baselined));
}

/// <summary>Counts per rule and in total, and the catalog's list prices summed.</summary>
internal sealed record Summary(ImmutableArray<RuleCount> Rules, RuleCount Total, PriceSummary Prices)
{
    public static Summary From(IReadOnlyList<Finding> findings, ImmutableArray<RuleInfo> rules)
    {
        var perRule = findings.GroupBy(f => f.RuleId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RuleCount.Of(rules.FirstOrDefault(r => r.Id == g.Key) ?? new RuleInfo(g.Key, g.Key, string.Empty, Severity.Info, string.Empty, string.Empty), g.ToList()))
            .ToImmutableArray();
        return new Summary(perRule, RuleCount.Of(null, findings.ToList()), PriceSummary.From(findings));
    }
}
