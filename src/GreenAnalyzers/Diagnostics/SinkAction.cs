using System.Runtime.CompilerServices;

using GreenAnalyzers.Sinks;

namespace GreenAnalyzers.Diagnostics;

/// <summary>
/// Registers a callback on sink operations whose findings may sit away from the sink: where a value that is one of several
/// reaching it is written (an assignment on one path, a collection element; see <see cref="Reporting.At"/>, which keeps
/// such places inside the sink's member). The compiler counts a diagnostic reported from an operation callback outside
/// that operation as non-local, which the IDE neither shows live nor fixes; reported from an operation block action, it
/// is local to the member. Findings on the sink are reported at once; one written place reached by several sinks is
/// reported once.
/// Plain operation and operation block actions, not actions registered per block from a block start action: most members
/// of a project that references the SDKs hold no sink, and a per-block registration cost each of them closures and an
/// action table (issue 21). The compiler runs a member's operation actions before its operation block actions.
/// </summary>
internal static class SinkAction
{
    public delegate void Analyze(OperationAnalysisContext context, SinkReporter reporter);

    /// <summary>Judges one sink of a <see cref="SinkIndex"/>: the operation that produces its value, reported through
    /// <paramref name="reporter"/>, which reports on the sink at once.</summary>
    public delegate void AnalyzeSink(OperationAnalysisContext context, Sink sink, IOperation value, SinkReporter reporter);

    /// <summary>Registers <paramref name="analyze"/> for each sink of <paramref name="sinks"/> the project writes
    /// (<see cref="SinkIndex.ForEachMatch"/>).</summary>
    public static void Register(CompilationStartAnalysisContext context, SinkIndex sinks, AnalyzeSink analyze)
        => Register(
            context,
            (operationContext, reporter) => sinks.ForEachMatch(
                operationContext.Operation,
                (operationContext, reporter, analyze),
                static (match, sink, value, state) => state.analyze(state.operationContext, sink, value, state.reporter.For(match))),
            sinks.OperationKinds);

    /// <param name="deduplicate">Report a place reached by several sinks of a member once (the sinks judge one value
    /// there); false where each sink's finding is its own.</param>
    public static void Register(CompilationStartAnalysisContext context, Analyze analyze, ImmutableArray<OperationKind> kinds, bool deduplicate = true)
    {
        // Findings away from their sink, by the root of the member's operation tree, until that member's block action;
        // weak, so a tree whose block action never comes (an IDE analysing part of a member) is not kept alive.
        var elsewhereByRoot = new ConditionalWeakTable<IOperation, List<Diagnostic>>();
        // The reporter is a struct: every assignment and argument of a project comes through here, and most are no sink,
        // so the callback allocates nothing before the analyzer has matched one (issue 21).
        context.RegisterOperationAction(operationContext => analyze(operationContext, new SinkReporter(operationContext, elsewhereByRoot)), kinds);
        context.RegisterOperationBlockAction(block =>
        {
            foreach (var operationBlock in block.OperationBlocks)
            {
                var root = SinkReporter.Root(operationBlock);
                if (!elsewhereByRoot.TryGetValue(root, out var elsewhere))
                {
                    continue;
                }

                elsewhereByRoot.Remove(root);
                var reported = new HashSet<(string, Location)>();
                lock (elsewhere)
                {
                    foreach (var diagnostic in elsewhere)
                    {
                        if (!deduplicate || reported.Add((diagnostic.Id, diagnostic.Location)))
                        {
                            block.ReportDiagnostic(diagnostic);
                        }
                    }
                }
            }
        });
    }
}

/// <summary>Reports the findings of one sink operation: on the sink at once, elsewhere in its member at the member's
/// operation block action (<see cref="SinkAction"/>).</summary>
internal readonly struct SinkReporter
{
    private readonly OperationAnalysisContext _context;
    private readonly ConditionalWeakTable<IOperation, List<Diagnostic>> _elsewhereByRoot;
    private readonly IOperation? _sink;

    public SinkReporter(OperationAnalysisContext context, ConditionalWeakTable<IOperation, List<Diagnostic>> elsewhereByRoot)
        : this(context, elsewhereByRoot, sink: null)
    {
    }

    private SinkReporter(OperationAnalysisContext context, ConditionalWeakTable<IOperation, List<Diagnostic>> elsewhereByRoot, IOperation? sink)
    {
        _context = context;
        _elsewhereByRoot = elsewhereByRoot;
        _sink = sink;
    }

    /// <summary>The reporter of one sink inside the operation of the callback (an argument of the creation or constructor
    /// initializer the callback matched): findings on that sink are reported at once, like those of a callback on the sink.</summary>
    public SinkReporter For(IOperation sink) => new(_context, _elsewhereByRoot, sink);

    public void Report(Diagnostic diagnostic)
    {
        if ((_sink ?? _context.Operation).Syntax.Span.Contains(diagnostic.Location.SourceSpan))
        {
            _context.ReportDiagnostic(diagnostic);
            return;
        }

        var elsewhere = _elsewhereByRoot.GetValue(Root(_context.Operation), _ => new List<Diagnostic>());
        lock (elsewhere)
        {
            elsewhere.Add(diagnostic);
        }
    }

    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
