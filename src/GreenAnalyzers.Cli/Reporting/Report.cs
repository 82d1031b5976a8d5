using System.Collections.Immutable;
using System.Reflection;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Loading;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>Everything an output format shows: the findings (sorted), the rules, and the summary computed from them.
/// <see cref="RootUri"/> is the absolute <c>file:</c> URI of the folder the finding paths are relative to.</summary>
internal sealed record Report(
    string Target, string RootUri, IReadOnlyList<Finding> Findings, ImmutableArray<RuleInfo> Rules, bool HasBaseline, IReadOnlyList<ProjectFailure>? NotAnalyzed = null)
{
    /// <summary>Some projects of the target could not be analyzed: the findings are those of the others.</summary>
    public bool Partial => NotAnalyzed is { Count: > 0 };

    /// <summary>"partial: 1 project not analyzed", or empty.</summary>
    public string PartialNote => NotAnalyzed is { Count: > 0 } failures
        ? $"partial: {failures.Count} project{(failures.Count == 1 ? string.Empty : "s")} not analyzed"
        : string.Empty;

    public static string ToolVersion { get; } =
        typeof(Report).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public Summary Summary { get; } = Summary.From(Findings, Rules);

    public int NewCount => Findings.Count(f => !f.Baselined);

    public RuleInfo? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>Findings by rule, rules in id order, findings in file order.</summary>
    public IEnumerable<IGrouping<string, Finding>> ByRule()
        => Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal);
}
