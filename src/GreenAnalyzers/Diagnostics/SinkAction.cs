using System.Runtime.CompilerServices;
using GreenAnalyzers.Analyzers;
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
    {
        var elsewhere = HoldFindingsElsewhere(context, deduplicate: true);
        sinks.RegisterHolders(
            context,
            operationContext => sinks.ForEachMatch(
                operationContext.Operation,
                (operationContext, reporter: new SinkReporter(operationContext, elsewhere), analyze),
                static (match, sink, value, state) => state.analyze(state.operationContext, sink, value, state.reporter.For(match))));
    }

    /// <param name="deduplicate">Report a place reached by several sinks of a member once (the sinks judge one value
    /// there); false where each sink's finding is its own.</param>
    /// <param name="createdTypes">With <see cref="OperationKind.ObjectCreation"/> among <paramref name="kinds"/>: the types
    /// whose creations <paramref name="analyze"/> judges, the others not being called back (<see cref="KeyedAction"/>).</param>
    public static void Register(
        CompilationStartAnalysisContext context, Analyze analyze, ImmutableArray<OperationKind> kinds, bool deduplicate = true, IEnumerable<ITypeSymbol>? createdTypes = null)
    {
        var elsewhere = HoldFindingsElsewhere(context, deduplicate);
        // The reporter is a struct: many operations come through here that are no sink, and the callback allocates
        // nothing before the analyzer has matched one (issue 21).
        Action<OperationAnalysisContext> action = operationContext => analyze(operationContext, new SinkReporter(operationContext, elsewhere));
        if (createdTypes is not null && kinds.Contains(OperationKind.ObjectCreation))
        {
            KeyedAction.RegisterCreation(context, createdTypes, action);
            kinds = kinds.Remove(OperationKind.ObjectCreation);
        }

        if (!kinds.IsEmpty)
        {
            context.RegisterOperationAction(action, kinds);
        }
    }

    /// <summary>Registers the operation block action that reports the findings held away from their sink, and returns
    /// where they are held.</summary>
    private static Elsewhere HoldFindingsElsewhere(CompilationStartAnalysisContext context, bool deduplicate)
    {
        var elsewhere = new Elsewhere();
        context.RegisterOperationBlockAction(block =>
        {
            foreach (var operationBlock in block.OperationBlocks)
            {
                if (elsewhere.Take(SinkReporter.Root(operationBlock)) is not { } held)
                {
                    continue;
                }

                var reported = new HashSet<(string, Location)>();
                foreach (var diagnostic in held)
                {
                    if (!deduplicate || reported.Add((diagnostic.Id, diagnostic.Location)))
                    {
                        block.ReportDiagnostic(diagnostic);
                    }
                }
            }
        });
        return elsewhere;
    }
}

/// <summary>Findings away from their sink, by the root of their member's operation tree, held until that member's
/// operation block action; weak, so a tree whose block action never comes (an IDE analysing part of a member) is not kept
/// alive.</summary>
internal sealed class Elsewhere
{
    private readonly ConditionalWeakTable<IOperation, List<Diagnostic>> _byRoot = new();

    /// <summary>How many findings are held: most members hold none, and their block action then looks nothing up (issue
    /// 21: a lookup per member and rule was a twentieth of the cost on SDK code).</summary>
    private int _count;

    public void Add(IOperation root, Diagnostic diagnostic)
    {
        Interlocked.Increment(ref _count); // before the finding is held: a block action that sees none has none to take
        var held = _byRoot.GetValue(root, static _ => new List<Diagnostic>());
        lock (held)
        {
            held.Add(diagnostic);
        }
    }

    /// <summary>The findings held for the member whose operation tree has <paramref name="root"/>, no longer held; null
    /// when none. The compiler runs a member's block actions after all its operation actions; should two run at once
    /// (an IDE sharing one operation tree between analyses), only the one that removes the entry takes the findings, so
    /// the count stays right for every other member.</summary>
    public Diagnostic[]? Take(IOperation root)
    {
        if (Volatile.Read(ref _count) == 0 || !_byRoot.TryGetValue(root, out var held) || !_byRoot.Remove(root))
        {
            return null; // none held, or another block action of this member took them
        }

        lock (held)
        {
            var taken = held.ToArray(); // a copy: an add that found the list before its removal cannot change it under the reporter
            Interlocked.Add(ref _count, -taken.Length);
            return taken;
        }
    }
}

/// <summary>Reports the findings of one sink operation: on the sink at once, elsewhere in its member at the member's
/// operation block action (<see cref="SinkAction"/>).</summary>
internal readonly struct SinkReporter
{
    private readonly OperationAnalysisContext _context;
    private readonly Elsewhere _elsewhere;
    private readonly IOperation? _sink;

    public SinkReporter(OperationAnalysisContext context, Elsewhere elsewhere)
        : this(context, elsewhere, sink: null)
    {
    }

    private SinkReporter(OperationAnalysisContext context, Elsewhere elsewhere, IOperation? sink)
    {
        _context = context;
        _elsewhere = elsewhere;
        _sink = sink;
    }

    /// <summary>The reporter of one sink inside the operation of the callback (an argument of the creation or constructor
    /// initializer the callback matched): findings on that sink are reported at once, like those of a callback on the sink.</summary>
    public SinkReporter For(IOperation sink) => new(_context, _elsewhere, sink);

    public void Report(Diagnostic diagnostic)
    {
        if ((_sink ?? _context.Operation).Syntax.Span.Contains(diagnostic.Location.SourceSpan))
        {
            _context.ReportDiagnostic(diagnostic);
            return;
        }

        _elsewhere.Add(Root(_context.Operation), diagnostic);
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
