namespace GreenAnalyzers.Diagnostics;

/// <summary>
/// What a rule says about one value, before it is placed anywhere: the rule, its level, the message arguments, the figures
/// for reports and, when a fix can write something, the fragment of the written value to replace and its replacement.
/// The same finding becomes a diagnostic on C# code (with a fix) or on a value in a configuration file (without), so both
/// carry the same message and figures.
/// </summary>
internal sealed record Finding(
    DiagnosticDescriptor Rule,
    DiagnosticSeverity Severity,
    object[] MessageArgs,
    ImmutableDictionary<string, string?> Properties,
    string? Fragment = null,
    string? Replacement = null,
    string? FixTitle = null)
{
    /// <summary>The diagnostic on the sink's value in code; see <see cref="Reporting.Create"/> for the fix.</summary>
    public Diagnostic ToDiagnostic(IOperation sinkValue, ResolvedValue value, System.Threading.CancellationToken cancellationToken)
        => Fragment is null
            ? Diagnostic.Create(Rule, Reporting.At(sinkValue, value), Severity, null, Properties, MessageArgs)
            : Reporting.Create(Rule, sinkValue, value, Fragment, Replacement, FixTitle ?? string.Empty, Properties, MessageArgs, cancellationToken, Severity);

    /// <summary>The diagnostic on the sink's value in code, with a fix that writes <paramref name="replacement"/> over
    /// <paramref name="written"/> (a value written in parts, such as the CDK's <c>InstanceType.Of</c>), or none when either is null.</summary>
    public Diagnostic ToDiagnostic(IOperation sinkValue, ResolvedValue value, Location? written, string? replacement)
        => Reporting.Create(Rule, sinkValue, value, written, replacement, FixTitle ?? string.Empty, Properties, MessageArgs, Severity);
}
