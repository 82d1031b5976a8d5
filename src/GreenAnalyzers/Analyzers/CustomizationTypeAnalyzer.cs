namespace GreenAnalyzers.Analyzers;

/// <summary>GA2001: a Bedrock model-customization job of type <c>CONTINUED_PRE_TRAINING</c>, in any value form.</summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class CustomizationTypeAnalyzer : GreenAnalyzer
{
    private const string ContinuedPreTraining = "CONTINUED_PRE_TRAINING";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.PreferFineTuning);

    private protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = SinkIndex.Create(start.Compilation, ValueKind.CustomizationType);
            if (sinks.IsEmpty)
            {
                return;
            }

            var resolver = new ValueResolver(start.Compilation);
            SinkAction.Register(
                start,
                sinks,
                (operationContext, _, value, reporter) =>
                {
                    foreach (var resolved in resolver.ResolveEach(value, operationContext.CancellationToken))
                    {
                        if (resolved.Is(ContinuedPreTraining))
                        {
                            reporter.Report(Diagnostic.Create(Rules.PreferFineTuning, Reporting.At(value, resolved)));
                        }
                    }
                });
        });
    }
}
