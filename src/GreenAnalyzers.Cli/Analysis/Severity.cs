using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Cli.Analysis;

/// <summary>The severities a finding can have once the project's settings apply; hidden and none are not findings.</summary>
internal enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>Threshold for <c>--fail-on</c>: <see cref="None"/> never fails.</summary>
internal enum FailOn
{
    None,
    Info,
    Warning,
    Error,
}

internal static class Severities
{
    /// <summary>The effective severity, or null for a hidden diagnostic (the IDE does not show those either).</summary>
    public static Severity? From(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        DiagnosticSeverity.Info => Severity.Info,
        _ => null,
    };

    public static string Name(this Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>SARIF 2.1.0 <c>level</c>.</summary>
    public static string SarifLevel(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static bool Fails(this FailOn threshold, Severity severity)
        => threshold != FailOn.None && (int)severity >= (int)threshold - 1;
}
