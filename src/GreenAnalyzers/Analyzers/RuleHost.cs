using System.Runtime.ExceptionServices;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// The one analyzer the package ships: it runs every rule (each a <see cref="GreenAnalyzer"/> of its own, which tests and
/// benchmarks can still run alone) as one analyzer, so the compiler walks a member's operations, and builds a context
/// per operation, once for GreenAnalyzers instead of once per rule (issue 21: that walk cost GreenAnalyzers more than its
/// rules' own work on SDK-heavy code).
/// <para>How: each rule registers as it would with the compiler, on a context that records its registrations
/// (<see cref="Recorder"/>); per compilation the host starts each rule that is not switched off
/// (<see cref="IsOff(ImmutableArray{DiagnosticDescriptor}, Compilation, CancellationToken)"/>) on a context
/// (<see cref="Merger"/>) that gathers the rules' operation actions by kind and their operation block actions into one
/// callback each, and hands every other registration (compilation end, symbol, syntax, ...) to the compiler unchanged.</para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleHost : GreenAnalyzer
{
    private readonly ImmutableArray<GreenAnalyzer> _rules;

    public RuleHost()
        : this(CreateRules())
    {
    }

    /// <summary>A host of just <paramref name="rules"/> (tests; the <c>green</c> tool running some rules).</summary>
    internal RuleHost(IEnumerable<GreenAnalyzer> rules)
    {
        _rules = rules.ToImmutableArray();
        SupportedDiagnostics = _rules.SelectMany(rule => rule.SupportedDiagnostics).Distinct().ToImmutableArray();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Every rule the package has, new instances: what <see cref="RuleHost()"/> hosts.</summary>
    internal static ImmutableArray<GreenAnalyzer> CreateRules() => ImmutableArray.Create<GreenAnalyzer>(
        new ModelIdAnalyzer(),
        new ConverseRequestAnalyzer(),
        new InvokeModelBodyAnalyzer(),
        new ChatClientAnalyzer(),
        new SemanticKernelAnalyzer(),
        new CustomizationTypeAnalyzer(),
        new InstanceTypeAnalyzer(),
        new ServingContainerAnalyzer(),
        new TrainingJobAnalyzer(),
        new OnnxSessionAnalyzer(),
        new PerIterationAnalyzer(),
        new EndpointAnalyzer(),
        new ConfigurationFileAnalyzer(),
        new PolicyAnalyzer());

    private protected override void Register(AnalysisContext context)
    {
        // Each rule's start, per compilation: the steps it registered, unless all its diagnostics are off.
        var ruleStarts = _rules.Select(rule =>
        {
            var descriptors = rule.SupportedDiagnostics;
            var steps = Recorder.Record(rule);
            return new Action<CompilationStartAnalysisContext>(start =>
            {
                if (!IsOff(descriptors, start.Compilation, start.CancellationToken))
                {
                    foreach (var step in steps)
                    {
                        step(start);
                    }
                }
            });
        }).ToImmutableArray();

        context.RegisterCompilationStartAction(start =>
        {
            var merger = new Merger(start);
            try
            {
                RunEach(ruleStarts, (CompilationStartAnalysisContext)merger);
            }
            finally
            {
                merger.RegisterMerged(); // what the rules that started registered, even if another one failed
            }
        });
    }

    /// <summary>
    /// Whether every diagnostic of a rule is off throughout the compilation, so the rule need not start: as the compiler
    /// skips a whole analyzer whose diagnostics are all off (<c>AnalyzerManager.IsDiagnosticAnalyzerSuppressed</c>), with
    /// its precedence. For the compilation, <c>Compilation.Options.SpecificDiagnosticOptions</c> (<c>NoWarn</c>,
    /// <c>WarningsAsErrors</c>, a rule set) wins over a global analyzer config (<c>dotnet_diagnostic.&lt;id&gt;.severity</c>
    /// in a preset such as <c>strict</c>), which wins over the rule's default; then a file's own configuration (an
    /// .editorconfig section) saying anything but <c>none</c> starts the rule, even over <c>NoWarn</c>, as it starts an
    /// analyzer (Roslyn 4.11's filter then drops what <c>NoWarn</c> covers). Anything else, even a rule off in all but one
    /// file, starts the rule; the compiler then drops its diagnostics where they are off.
    /// </summary>
    internal static bool IsOff(ImmutableArray<DiagnosticDescriptor> descriptors, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var descriptor in descriptors)
        {
            if (!IsOff(descriptor, compilation, cancellationToken))
            {
                return false;
            }
        }

        return !descriptors.IsEmpty;
    }

    private static bool IsOff(DiagnosticDescriptor descriptor, Compilation compilation, CancellationToken cancellationToken)
    {
        var treeOptions = compilation.Options.SyntaxTreeOptionsProvider;
        var global = ReportDiagnostic.Default;
        var offForTheCompilation = compilation.Options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific)
            // A value given for the compilation wins. Default (`/warnaserror-:<id>`) is read as on: compilers differ on
            // whether it defers to the global config, and starting a rule whose findings are then dropped is harmless.
            ? specific == ReportDiagnostic.Suppress
            : treeOptions?.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out global) == true
                ? global == ReportDiagnostic.Suppress
                : !descriptor.IsEnabledByDefault;
        if (!offForTheCompilation)
        {
            return false;
        }

        if (treeOptions is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (treeOptions.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var inTree) && inTree != ReportDiagnostic.Suppress)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Runs each action on <paramref name="context"/>, all of them even when one throws: a rule that fails does
    /// not silence the others. The first failure is then thrown on, so the compiler still reports it (AD0001, a bug).</summary>
    private static void RunEach<TContext>(ImmutableArray<Action<TContext>> actions, TContext context)
    {
        ExceptionDispatchInfo? failure = null;
        RunEach(actions, context, ref failure);
        failure?.Throw();
    }

    /// <summary>As above, keeping the first failure in <paramref name="failure"/> for the caller to throw.</summary>
    private static void RunEach<TContext>(ImmutableArray<Action<TContext>> actions, TContext context, ref ExceptionDispatchInfo? failure)
    {
        foreach (var action in actions)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }
    }

    /// <summary>Records what one rule registers in its <see cref="DiagnosticAnalyzer.Initialize"/>, each registration as
    /// a step of the host's compilation start: the context it replays on has a counterpart of every registration here.</summary>
    private sealed class Recorder : AnalysisContext
    {
        private readonly List<Action<CompilationStartAnalysisContext>> _starts = new();

        public static ImmutableArray<Action<CompilationStartAnalysisContext>> Record(GreenAnalyzer rule)
        {
            var recorder = new Recorder();
            rule.Initialize(recorder);
            return recorder._starts.ToImmutableArray();
        }

        // Every rule is a GreenAnalyzer, whose settings the host has too.
        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
            if (analysisMode != GeneratedCode.Flags)
            {
                throw new InvalidOperationException("A hosted rule analyses generated code as the host does: " + GeneratedCode.Flags);
            }
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => _starts.Add(action);

        // A compilation action runs when the compilation is complete, as a compilation end action does.
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _starts.Add(start => start.RegisterCompilationEndAction(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _starts.Add(start => start.RegisterSemanticModelAction(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _starts.Add(start => start.RegisterSymbolAction(action, symbolKinds));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _starts.Add(start => start.RegisterSymbolStartAction(action, symbolKind));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _starts.Add(start => start.RegisterCodeBlockStartAction(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _starts.Add(start => start.RegisterCodeBlockAction(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _starts.Add(start => start.RegisterSyntaxTreeAction(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _starts.Add(start => start.RegisterAdditionalFileAction(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _starts.Add(start => start.RegisterSyntaxNodeAction(action, syntaxKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _starts.Add(start => start.RegisterOperationBlockStartAction(action));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _starts.Add(start => start.RegisterOperationBlockAction(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _starts.Add(start => start.RegisterOperationAction(action, operationKinds));
    }

    /// <summary>The compilation start context the hosted rules see: operation actions and operation block actions are
    /// gathered and registered once (<see cref="RegisterMerged"/>), every other registration goes to the compiler's
    /// context unchanged.
    /// <para>No rule may register an operation block start or symbol start action: the compiler classifies a diagnostic an
    /// operation action reports outside its operation as non-local only while the analyzer has neither, so one rule
    /// registering one would change it for every hosted rule (<see cref="GreenAnalyzers.Diagnostics.SinkAction"/> relies
    /// on it). <c>RuleHostTests.NoRuleRegistersAnOperationBlockStartOrSymbolStartAction</c> holds the rules to it.</para></summary>
    private sealed class Merger : CompilationStartAnalysisContext, IKeyedRegistration
    {
        private readonly CompilationStartAnalysisContext _compiler;
        private readonly Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> _operationActions = new();
        private readonly List<Action<OperationBlockAnalysisContext>> _operationBlockActions = new();
        private readonly Dictionary<ITypeSymbol, List<Action<OperationAnalysisContext>>> _creationActions = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<string, List<Action<OperationAnalysisContext>>> _assignmentActions = new(StringComparer.Ordinal);

#pragma warning disable RS1012 // the compiler's context gets its registrations later, in RegisterMerged and the forwarding overrides
        public Merger(CompilationStartAnalysisContext compiler)
#pragma warning restore RS1012
            : base(compiler.Compilation, compiler.Options, compiler.CancellationToken)
        {
            _compiler = compiler;
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            foreach (var kind in operationKinds.Distinct())
            {
                if (!_operationActions.TryGetValue(kind, out var actions))
                {
                    _operationActions[kind] = actions = new List<Action<OperationAnalysisContext>>();
                }

                actions.Add(action);
            }
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _operationBlockActions.Add(action);

        /// <summary>One operation action per kind, one operation block action: each runs the rules' actions in the order
        /// they registered. A lone action is registered as it is.</summary>
        public void RegisterMerged()
        {
            foreach (var pair in _operationActions)
            {
                if (pair.Key is not (OperationKind.ObjectCreation or OperationKind.SimpleAssignment))
                {
                    _compiler.RegisterOperationAction(Merged(pair.Value), pair.Key);
                }
            }

            RegisterWithKeyed(OperationKind.ObjectCreation, _creationActions, KeyedAction.CreatedType);
            RegisterWithKeyed(OperationKind.SimpleAssignment, _assignmentActions, KeyedAction.AssignedProperty);
            if (_operationBlockActions.Count > 0)
            {
                _compiler.RegisterOperationBlockAction(Merged(_operationBlockActions));
            }
        }

        public void RegisterCreation(IEnumerable<ITypeSymbol> types, Action<OperationAnalysisContext> action) => AddKeyed(_creationActions, types, action);

        public void RegisterPropertyAssignment(IEnumerable<string> names, Action<OperationAnalysisContext> action) => AddKeyed(_assignmentActions, names, action);

        /// <summary>One registration is called once per operation, as alone: its keys are taken once each (two may name
        /// one symbol); two registrations of one action are two calls, as alone.</summary>
        private static void AddKeyed<TKey>(Dictionary<TKey, List<Action<OperationAnalysisContext>>> keyed, IEnumerable<TKey> keys, Action<OperationAnalysisContext> action)
            where TKey : notnull
        {
            foreach (var key in keys.Distinct(keyed.Comparer))
            {
                if (!keyed.TryGetValue(key, out var actions))
                {
                    keyed[key] = actions = new List<Action<OperationAnalysisContext>>();
                }

                actions.Add(action);
            }
        }

        /// <summary>The one action of <paramref name="kind"/>: the rules' plain actions on every such operation, then those
        /// the operation's key names, found by one lookup (<see cref="KeyedAction"/>).</summary>
        private void RegisterWithKeyed<TKey>(OperationKind kind, Dictionary<TKey, List<Action<OperationAnalysisContext>>> keyed, Func<IOperation, TKey?> keyOf)
            where TKey : class
        {
            var plain = _operationActions.TryGetValue(kind, out var actions) ? actions.ToImmutableArray() : ImmutableArray<Action<OperationAnalysisContext>>.Empty;
            if (keyed.Count == 0)
            {
                if (!plain.IsEmpty)
                {
                    _compiler.RegisterOperationAction(Merged(actions!), kind);
                }

                return;
            }

            var byKey = new Dictionary<TKey, ImmutableArray<Action<OperationAnalysisContext>>>(keyed.Comparer);
            foreach (var pair in keyed)
            {
                byKey[pair.Key] = pair.Value.ToImmutableArray();
            }

            _compiler.RegisterOperationAction(
                context =>
                {
                    ExceptionDispatchInfo? failure = null;
                    RunEach(plain, context, ref failure);
                    if (keyOf(context.Operation) is { } key && byKey.TryGetValue(key, out var named))
                    {
                        RunEach(named, context, ref failure);
                    }

                    failure?.Throw();
                },
                kind);
        }

        private static Action<TContext> Merged<TContext>(List<Action<TContext>> actions)
        {
            if (actions.Count == 1)
            {
                return actions[0];
            }

            var all = actions.ToImmutableArray();
            return context => RunEach(all, context);
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _compiler.RegisterCompilationEndAction(action);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _compiler.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _compiler.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _compiler.RegisterSymbolStartAction(action, symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _compiler.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _compiler.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _compiler.RegisterSyntaxTreeAction(action);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _compiler.RegisterAdditionalFileAction(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _compiler.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _compiler.RegisterOperationBlockStartAction(action);
    }
}
