namespace GreenAnalyzers.Diagnostics;

/// <summary>
/// Registers a callback on sink operations whose findings may sit away from the sink: where a value that is one of several
/// reaching it is written (an assignment on one path, a collection element; see <see cref="Reporting.At"/>). The compiler
/// counts a diagnostic reported from an operation callback outside that operation as non-local, which the IDE neither shows
/// live nor fixes; reported at the end of the member's operation block, it is local to the member. Findings on the sink are
/// reported at once; one written place reached by several sinks is reported once.
/// </summary>
internal static class SinkAction
{
    public delegate void Analyze(OperationAnalysisContext context, System.Action<Diagnostic> report);

    public static void Register(CompilationStartAnalysisContext context, Analyze analyze, ImmutableArray<OperationKind> kinds)
        => context.RegisterOperationBlockStartAction(block =>
        {
            var gate = new object();
            List<Diagnostic>? elsewhere = null;
            block.RegisterOperationAction(
                operationContext =>
                {
                    var sinkSpan = operationContext.Operation.Syntax.Span;
                    analyze(operationContext, diagnostic =>
                    {
                        if (sinkSpan.Contains(diagnostic.Location.SourceSpan))
                        {
                            operationContext.ReportDiagnostic(diagnostic);
                            return;
                        }

                        lock (gate)
                        {
                            (elsewhere ??= new List<Diagnostic>()).Add(diagnostic);
                        }
                    });
                },
                kinds);
            block.RegisterOperationBlockEndAction(end =>
            {
                if (elsewhere is null)
                {
                    return;
                }

                var reported = new HashSet<(string, Location)>();
                foreach (var diagnostic in elsewhere)
                {
                    if (reported.Add((diagnostic.Id, diagnostic.Location)))
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
                }
            });
        });
}
