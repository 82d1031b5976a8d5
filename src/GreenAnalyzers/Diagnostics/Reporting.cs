namespace GreenAnalyzers.Diagnostics;

internal static class Reporting
{
    /// <summary>Where a finding about <paramref name="value"/> sits: on the sink when it is the only value reaching it, else
    /// where it is written (the assignment on its path, its branch, its collection element) when that is in the same member
    /// as the sink, where the IDE analyses and fixes it with the sink (<see cref="SinkAction"/>); else on the sink.</summary>
    public static Location At(IOperation sinkValue, ResolvedValue value)
    {
        if (value.Origin is not { } origin || origin.SourceTree != sinkValue.Syntax.SyntaxTree)
        {
            return sinkValue.Syntax.GetLocation();
        }

        var root = sinkValue;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Syntax.Span.Contains(origin.SourceSpan) ? origin : sinkValue.Syntax.GetLocation();
    }

    /// <summary>Creates a diagnostic on the sink's value. When the fragment to replace is written in exactly one
    /// place, that place becomes <c>AdditionalLocations[0]</c> and the fix writes <paramref name="replacement"/> there
    /// (<see cref="SyntaxEdit.WriteString"/> for text, <see cref="SyntaxEdit.WriteMember"/> for a static member); otherwise the
    /// diagnostic has no fix (the value is assembled from parts, or lives in metadata). A null
    /// <paramref name="replacement"/> means there is nothing safe to write: report without a fix.
    /// <paramref name="effectiveSeverity"/> overrides the descriptor's default for this diagnostic only (a rule whose level
    /// depends on the API); a <c>dotnet_diagnostic.&lt;id&gt;.severity</c> setting still wins over both.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        IOperation sinkValue,
        ResolvedValue value,
        string fragment,
        FixValue? replacement,
        string fixTitle,
        ImmutableDictionary<string, string?> properties,
        object[] messageArgs,
        System.Threading.CancellationToken cancellationToken,
        DiagnosticSeverity? effectiveSeverity = null)
        => Create(
            descriptor, sinkValue, value,
            replacement is not null && value.FindWritten(fragment, cancellationToken) is { } written ? new[] { Write(written, replacement) } : null,
            fixTitle, properties, messageArgs, effectiveSeverity);

    /// <summary>The edit that writes <paramref name="replacement"/> (a string, or a static member) over <paramref name="written"/>.</summary>
    public static FixEdit Write(Location written, FixValue replacement)
        => new(written, replacement is FixValue.Member ? SyntaxEdit.WriteMember : SyntaxEdit.WriteString, new FixElement(replacement));

    /// <summary>As above, with the edits already made (null or empty for no fix).</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        IOperation sinkValue,
        ResolvedValue value,
        IReadOnlyList<FixEdit>? edits,
        string fixTitle,
        ImmutableDictionary<string, string?> properties,
        object[] messageArgs,
        DiagnosticSeverity? effectiveSeverity = null)
        => Create(descriptor, sinkValue, value, edits, edits is { Count: > 0 } ? WithEdits(properties, edits, fixTitle) : properties, messageArgs, effectiveSeverity);

    /// <summary>As above, with <paramref name="properties"/> already holding the script of <paramref name="edits"/>
    /// (<see cref="WithEdits"/>): a finding shared by many diagnostics builds it once (<see cref="Finding"/>).</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        IOperation sinkValue,
        ResolvedValue value,
        IReadOnlyList<FixEdit>? edits,
        ImmutableDictionary<string, string?> properties,
        object[] messageArgs,
        DiagnosticSeverity? effectiveSeverity)
        => Create(descriptor, sinkValue, value, SyntaxEdit.Targets(edits), properties, messageArgs, effectiveSeverity);

    /// <summary>As above, with the edits' targets alone (a script kept by a finding needs no edit to be made again).</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        IOperation sinkValue,
        ResolvedValue value,
        Location[]? targets,
        ImmutableDictionary<string, string?> properties,
        object[] messageArgs,
        DiagnosticSeverity? effectiveSeverity)
        => Diagnostic.Create(
            descriptor,
            At(sinkValue, value),
            effectiveSeverity ?? descriptor.DefaultSeverity,
            targets,
            properties,
            messageArgs);

    /// <summary>The properties of a diagnostic whose fix makes <paramref name="edits"/>: the figures and the script, which
    /// depends on what each edit writes, not where.</summary>
    public static ImmutableDictionary<string, string?> WithEdits(ImmutableDictionary<string, string?> properties, IReadOnlyList<FixEdit> edits, string fixTitle)
    {
        var builder = properties.ToBuilder();
        SyntaxEdit.Write(builder, edits, fixTitle);
        return builder.ToImmutable();
    }
}
