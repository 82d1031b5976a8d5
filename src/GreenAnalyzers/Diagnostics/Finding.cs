using System.Runtime.CompilerServices;

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
    FixValue? Replacement = null,
    string? FixTitle = null)
{
    private ImmutableDictionary<string, string?>? _propertiesWithFix;

    /// <summary>A copy made with <c>with</c> is another finding, whose fix properties are its own.</summary>
    private Finding(Finding original)
    {
        Rule = original.Rule;
        Severity = original.Severity;
        MessageArgs = original.MessageArgs;
        Properties = original.Properties;
        Fragment = original.Fragment;
        Replacement = original.Replacement;
        FixTitle = original.FixTitle;
    }

    /// <summary>Findings are equal when they say and fix the same; the fix properties kept on first use are no part of it.</summary>
    public bool Equals(Finding? other)
        => other is not null
            && Rule.Equals(other.Rule)
            && Severity == other.Severity
            && MessageArgs == other.MessageArgs
            && Properties == other.Properties
            && Fragment == other.Fragment
            && Equals(Replacement, other.Replacement)
            && FixTitle == other.FixTitle;

    public override int GetHashCode()
        => unchecked((((Rule.GetHashCode() * 31) + RuntimeHelpers.GetHashCode(MessageArgs)) * 31) + RuntimeHelpers.GetHashCode(Properties));

    /// <summary>The diagnostic on the sink's value in code; see <see cref="Reporting.Create"/> for the fix.</summary>
    public Diagnostic ToDiagnostic(IOperation sinkValue, ResolvedValue value, System.Threading.CancellationToken cancellationToken)
    {
        if (value.Configuration is { } origin)
        {
            return ReadFrom(origin).ToDiagnostic(sinkValue, value, edits: null); // written in a file: no fix
        }

        if (Fragment is null)
        {
            return Diagnostic.Create(Rule, Reporting.At(sinkValue, value), Severity, null, Properties, MessageArgs);
        }

        if (Replacement is null || value.FindWritten(Fragment, cancellationToken) is not { } written)
        {
            return Reporting.Create(Rule, sinkValue, value, edits: null, Properties, MessageArgs, Severity);
        }

        // The fix's script depends on what it writes, not where: built once per finding, which a rule judging one catalog
        // row the same way every time shares (a project names the same few values again and again; issue 21).
        var properties = _propertiesWithFix ??= Reporting.WithEdits(Properties, new[] { Reporting.Write(written, Replacement) }, FixTitle ?? string.Empty); // a race builds it twice, harmlessly
        return Reporting.Create(Rule, sinkValue, value, new[] { written }, properties, MessageArgs, Severity);
    }

    /// <summary>This finding about a value the code reads from configuration: the message names the key and the file, and
    /// the properties carry the key.</summary>
    private Finding ReadFrom(GreenAnalyzers.Configuration.ConfigurationOrigin origin)
    {
        var args = new object[MessageArgs.Length + 1];
        MessageArgs.CopyTo(args, 0);
        args[args.Length - 1] = origin.Describe();
        return this with
        {
            Rule = Rules.WithTrailingArgument(Rule),
            MessageArgs = args,
            Properties = Properties.SetItem(PropertyKeys.ConfigurationKey, origin.Key),
        };
    }

    /// <summary>The diagnostic on the sink's value in code, with a fix that makes <paramref name="edits"/> (a value written in
    /// parts, such as the CDK's <c>InstanceType.Of</c>), or none when null.</summary>
    public Diagnostic ToDiagnostic(IOperation sinkValue, ResolvedValue value, IReadOnlyList<FixEdit>? edits)
        => Reporting.Create(Rule, sinkValue, value, edits, FixTitle ?? string.Empty, Properties, MessageArgs, Severity);
}
