using System.Collections.Immutable;

namespace GreenAnalyzers.Cli.Analysis;

/// <summary>One reported diagnostic, as every output format needs it. <see cref="Path"/> is relative to the analyzed
/// root (a compilation-level finding points at its project file, with line 0). <see cref="Properties"/> are the
/// diagnostic's properties that mean something to a reader: the catalog figures (prices, tiers, suggested values,
/// sources, dates), without the code fix's plumbing (<see cref="GreenAnalyzers.Diagnostics.PropertyKeys.IsFixPlumbing"/>).</summary>
internal sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Fingerprint,
    bool Fixable,
    ImmutableSortedDictionary<string, string> Properties)
{
    /// <summary>Set by a baseline: an accepted finding is reported but does not fail the run.</summary>
    public bool Baselined { get; init; }

    public string Location => Line == 0 ? Path : $"{Path}:{Line}";

    public static IComparer<Finding> Order { get; } = Comparer<Finding>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Path, b.Path);
        c = c != 0 ? c : a.Line.CompareTo(b.Line);
        c = c != 0 ? c : a.Column.CompareTo(b.Column);
        c = c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}
