using GreenAnalyzers.Values;

namespace GreenAnalyzers.Diagnostics;

internal static class Reporting
{
    /// <summary>Creates a diagnostic on the sink's value. When the fragment to replace is written in exactly one
    /// place, that place becomes <c>AdditionalLocations[0]</c> and the fix properties are added; otherwise the
    /// diagnostic has no fix (the value is assembled from parts, or lives in metadata). A null
    /// <paramref name="replacement"/> means there is nothing safe to write: report without a fix.
    /// <paramref name="effectiveSeverity"/> overrides the descriptor's default for this diagnostic only (a rule whose level
    /// depends on the API); a <c>dotnet_diagnostic.&lt;id&gt;.severity</c> setting still wins over both.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        IOperation sinkValue,
        ResolvedValue value,
        string fragment,
        string? replacement,
        string fixTitle,
        ImmutableDictionary<string, string?> properties,
        object[] messageArgs,
        System.Threading.CancellationToken cancellationToken,
        DiagnosticSeverity? effectiveSeverity = null)
    {
        var written = replacement is null ? null : value.FindWritten(fragment, cancellationToken);
        if (written is not null)
        {
            properties = properties.SetItem(PropertyKeys.Replacement, replacement).SetItem(PropertyKeys.FixTitle, fixTitle);
        }

        return Diagnostic.Create(
            descriptor,
            sinkValue.Syntax.GetLocation(),
            effectiveSeverity ?? descriptor.DefaultSeverity,
            written is null ? null : new[] { written },
            properties,
            messageArgs);
    }
}
