namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges how ONNX Runtime sessions are set up.
/// GA4001: a session loads a model file whose name carries no reduced precision (the project's quantized sibling is named).
/// GA4003: a method creates a session, runs it once and disposes it, on every call.
/// GA4004: <c>SessionOptions.GraphOptimizationLevel</c> below <c>ORT_ENABLE_ALL</c>.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class OnnxSessionAnalyzer : GreenAnalyzer
{
    private const string SessionType = "Microsoft.ML.OnnxRuntime.InferenceSession";
    private const string LevelType = "Microsoft.ML.OnnxRuntime.GraphOptimizationLevel";
    private const string EnableAll = "ORT_ENABLE_ALL";

    /// <summary>What GA4004's fix writes, wherever the level is written.</summary>
    private static readonly FixElement s_enableAll = new(new FixValue.Member(LevelType, EnableAll));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.LoadQuantizedModel, Rules.ReuseInferenceSession, Rules.KeepGraphOptimizations);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var sessionTypes = new HashSet<ITypeSymbol>(SymbolLookup.TypesByMetadataName(context.Compilation, SessionType), SymbolEqualityComparer.Default);
        if (sessionTypes.Count == 0)
        {
            return; // no ONNX Runtime: nothing to judge
        }

        var resolver = new ValueResolver(context.Compilation);
        var paths = SinkIndex.Create(context.Compilation, ValueKind.OnnxModelPath);
        var levels = SinkIndex.Create(context.Compilation, ValueKind.OptimizationLevel);
        var modelFiles = OnnxModelFiles.From(context.Options.AdditionalFiles, context.Options.AnalyzerConfigOptionsProvider);
        var optionsByTree = new OptionsPerTree<OnnxOptions>(context.Options.AnalyzerConfigOptionsProvider, OnnxOptions.Read);
        var enableAll = EnableAllValue(context.Compilation);
        var entryPoint = new EntryPoint(context.Compilation);

        // GA4001's sink is a parameter of the session's constructor, which only a creation of the session or a derived
        // class's constructor initializer (`: base(path)`, a primary constructor's base) can call: matched from those
        // callbacks rather than from every argument of the project (issue 21). The creation callback is GA4003's too.
        SinkAction.Register(
            context,
            (operationContext, reporter) =>
            {
                var cancellationToken = operationContext.CancellationToken;
                if (operationContext.Operation is IObjectCreationOperation creation)
                {
                    if (creation.Type is not { } type || !sessionTypes.Contains(type))
                    {
                        return;
                    }

                    LoadQuantizedModel(creation.Arguments, reporter, paths, resolver, modelFiles, optionsByTree, cancellationToken);
                    if (ReuseInferenceSession(creation, entryPoint, cancellationToken) is { } diagnostic)
                    {
                        operationContext.ReportDiagnostic(diagnostic);
                    }
                }
                else if (((IConstructorBodyOperation)operationContext.Operation).Initializer?.WithoutConversions() switch
                         {
                             IInvocationOperation invocation => invocation,
                             IExpressionStatementOperation { Operation: IInvocationOperation invocation } => invocation,
                             _ => null,
                         } is { TargetMethod.ContainingType: { } baseType } initializer
                         && sessionTypes.Contains(baseType.OriginalDefinition))
                {
                    LoadQuantizedModel(initializer.Arguments, reporter, paths, resolver, modelFiles, optionsByTree, cancellationToken);
                }
            },
            ImmutableArray.Create(OperationKind.ObjectCreation, OperationKind.ConstructorBody),
            createdTypes: sessionTypes);

        if (enableAll is { } all)
        {
            var scripts = new Scripts(); // GA4004's properties: per level, and with or without a fix
            Action<IOperation, Sink, IOperation, OperationAnalysisContext> judgeLevel = (_, _, value, operationContext) =>
            {
                if (KeepGraphOptimizations(value, all, resolver, scripts, operationContext.CancellationToken) is { } diagnostic)
                {
                    operationContext.ReportDiagnostic(diagnostic);
                }
            };
            levels.RegisterHolders(context, operationContext => levels.ForEachMatch(operationContext.Operation, operationContext, judgeLevel));
        }
    }

    // ------------------------------------------------------------------ GA4001

    /// <summary>The model path among the arguments of a call to a session constructor, judged. Every session creation
    /// comes through here, most loading a file already quantized: nothing is allocated for those but the file name (issue 21).</summary>
    private static void LoadQuantizedModel(
        ImmutableArray<IArgumentOperation> arguments, SinkReporter reporter, SinkIndex paths, ValueResolver resolver, OnnxModelFiles modelFiles,
        OptionsPerTree<OnnxOptions> optionsByTree, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (!paths.TryMatch(argument, out _, out var value))
            {
                continue;
            }

            foreach (var resolved in ModelFileParts(value, resolver, cancellationToken))
            {
                if (resolved.Text is { } path
                    && LoadQuantizedModel(value, resolved, path, modelFiles, optionsByTree, cancellationToken) is { } diagnostic)
                {
                    reporter.For(argument).Report(diagnostic);
                }
            }
        }
    }

    private static Diagnostic? LoadQuantizedModel(
        IOperation pathValue, ResolvedValue value, string path, OnnxModelFiles modelFiles, OptionsPerTree<OnnxOptions> optionsByTree,
        CancellationToken cancellationToken)
    {
        var fileName = ModelPath.FileName(path);
        if (!ModelPath.IsOnnx(fileName)
            || ModelPath.PrecisionRank(fileName) >= 0
            || optionsByTree.For(pathValue.Syntax.SyntaxTree).IsExcluded(fileName)
            || modelFiles.QuantizationCannotHelp(path))
        {
            return null; // not an .onnx file, already reduced precision, a file the team has checked, or a small model or tree ensemble
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(PropertyKeys.ModelFile, fileName);
        var sibling = modelFiles.QuantizedSibling(path);
        if (sibling is null)
        {
            return Diagnostic.Create(Rules.LoadQuantizedModel, Reporting.At(pathValue, value), properties, fileName, string.Empty);
        }

        var named = $"; the project has its quantized sibling '{sibling}'";
        return Reporting.Create(
            Rules.LoadQuantizedModel, pathValue, value, fragment: fileName, replacement: new FixValue.Text(sibling),
            fixTitle: $"Load '{sibling}'", properties.Add(PropertyKeys.QuantizedSibling, sibling), new object[] { fileName, named }, cancellationToken);
    }

    /// <summary>The written values that end with the model's file name: each whole path that may reach the session when
    /// known, or the known last part (<c>Path.Combine(dir, "model.onnx")</c>, <c>$"{dir}/model.onnx"</c>) when only the
    /// directory is not, also when a local or field written once holds that expression.</summary>
    private static ResolvedValues ModelFileParts(IOperation value, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var known = resolver.ResolveEach(value, cancellationToken);
        if (!known.IsEmpty)
        {
            return known;
        }

        value = value.WithoutConversions();
        if (resolver.SingleWrite(value, cancellationToken) is { } written)
        {
            value = written.WithoutConversions();
        }

        var part = value switch
        {
            IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType: { } type }, Arguments: { Length: > 0 } arguments }
                when type.HasMetadataName("System.IO.Path") && arguments[arguments.Length - 1].ArgumentKind == ArgumentKind.Explicit
                => resolver.Resolve(arguments[arguments.Length - 1].Value, cancellationToken),
            IInterpolatedStringOperation { Parts: { Length: > 0 } parts }
                when parts[parts.Length - 1] is IInterpolatedStringTextOperation last
                    && resolver.Resolve(last, cancellationToken) is { Text: { } text } tail && text.IndexOfAny(ModelPath.PathSeparators) >= 0
                => tail,
            _ => null,
        };
        return new ResolvedValues(part);
    }

    // ------------------------------------------------------------------ GA4004

    private static long? EnableAllValue(Compilation compilation)
    {
        foreach (var type in SymbolLookup.TypesByMetadataName(compilation, LevelType))
        {
            foreach (var member in type.GetMembers(EnableAll))
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value })
                {
                    return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                }
            }
        }

        return null;
    }

    private static Diagnostic? KeepGraphOptimizations(
        IOperation value, long enableAll, ValueResolver resolver, Scripts scripts, CancellationToken cancellationToken)
    {
        if (resolver.Resolve(value, cancellationToken) is not { EnumValue: { } level } resolved || level >= enableAll)
        {
            return null;
        }

        var name = LevelName(value.Type, level) ?? level.ToString(CultureInfo.InvariantCulture);

        // The fix rewrites the value where it is written, when that is in this file (a const elsewhere keeps its own value).
        // The node is searched from the one the resolver saw, when it has it, rather than from the file's root (issue 21).
        var written = resolved.WriteSites.Length == 1 && resolved.WriteSites[0].SourceTree == value.Syntax.SyntaxTree
            && (resolved.WrittenNode ?? value.Syntax.SyntaxTree.GetRoot(cancellationToken))
                .FindNode(resolved.WriteSites[0].SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
            ? expression
            : null;
        var edits = written is null ? System.Array.Empty<FixEdit>() : new[] { new FixEdit(written, SyntaxEdit.Replace, s_enableAll) };
        return SyntaxEdit.Create(
            Rules.KeepGraphOptimizations, value.Syntax.GetLocation(), edits,
            scripts.For(edits, "Use GraphOptimizationLevel.ORT_ENABLE_ALL", (PropertyKeys.OptimizationLevel, name)), name);
    }

    private static string? LevelName(ITypeSymbol? type, long level)
    {
        foreach (var member in type?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field
                && System.Convert.ToInt64(value, CultureInfo.InvariantCulture) == level)
            {
                return field.Name;
            }
        }

        return null;
    }

    /// <summary>The program's entry point, found when a session is first judged rather than at compilation start: finding
    /// it binds every type's members in an executable, a cost projects without a session should not pay (issue 21).</summary>
    private sealed class EntryPoint
    {
        private readonly Compilation _compilation;
        private IMethodSymbol? _method;
        private volatile bool _known;

        public EntryPoint(Compilation compilation) => _compilation = compilation;

        public IMethodSymbol? Get(CancellationToken cancellationToken)
        {
            if (!_known)
            {
                _method = _compilation.GetEntryPoint(cancellationToken); // the same answer on every thread: a race only repeats it
                _known = true;
            }

            return _method;
        }
    }

    // ------------------------------------------------------------------ GA4003

    /// <summary>A session that lives for one call: created into a local, run (not in a loop), disposed, and never handed
    /// elsewhere, in an ordinary method or lambda. Per-iteration creations are GA4002's; the program's entry point runs once.</summary>
    private static Diagnostic? ReuseInferenceSession(IObjectCreationOperation creation, EntryPoint entryPoint, CancellationToken cancellationToken)
    {
        if (LoopContext.Innermost(creation) is not null
            || Owner(creation) is not { } owner
            || owner.Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
            || SymbolEqualityComparer.Default.Equals(owner.Symbol, entryPoint.Get(cancellationToken)))
        {
            return null;
        }

        if (SessionLocal(creation) is not { } local)
        {
            // new InferenceSession(path).Run(inputs): loaded, run once, never disposed or kept.
            return creation.WithEnclosingConversions().Parent is IInvocationOperation run && IsRun(run) && run.Instance == creation.WithEnclosingConversions()
                ? SessionPerCall(creation, owner, disposed: false)
                : null;
        }

        var disposed = creation.Parent?.Parent?.Parent?.Parent?.Parent is IUsingDeclarationOperation or IUsingOperation; // initializer, declarator, declaration, group
        var ranOnce = false;
        foreach (var operation in owner.Body.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (!Equals(EnclosingFunction(reference), EnclosingFunction(creation)))
            {
                return null; // captured: the session may live on
            }

            switch (reference.Parent)
            {
                case IInvocationOperation { TargetMethod.Name: "Dispose" } dispose when dispose.Instance == reference:
                    disposed = true;
                    break;
                case IInvocationOperation run when run.Instance == reference && IsRun(run):
                    if (LoopContext.Innermost(run) is not null)
                    {
                        return null; // many inferences per session: creating it here is amortized
                    }

                    ranOnce = true;
                    break;
                case IMemberReferenceOperation member when member.Instance == reference:
                case IInvocationOperation other when other.Instance == reference:
                    break; // other members (InputMetadata, EndProfiling, ...)
                default:
                    return null; // returned, stored, passed to a helper: it may live on
            }
        }

        // Run and disposed: a reload per call. Run and never disposed nor kept: a reload and a leak per call.
        return ranOnce ? SessionPerCall(creation, owner, disposed) : null;
    }

    private static bool IsRun(IInvocationOperation invocation) => invocation.TargetMethod.Name.StartsWith("Run", System.StringComparison.Ordinal);

    private static Diagnostic SessionPerCall(IObjectCreationOperation creation, FunctionOwner owner, bool disposed)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(PropertyKeys.Disposed, disposed ? "true" : "false");
        return disposed
            ? Diagnostic.Create(Rules.ReuseInferenceSession, ObjectConstruction.HeadOf(creation), properties, owner.Name, "disposes it", string.Empty)
            : Diagnostic.Create(
                Rules.ReuseInferenceSession, ObjectConstruction.HeadOf(creation), properties, owner.Name, "never disposes it",
                ", and leaks its native memory (model, buffers) until a finalizer runs");
    }

    private static ILocalSymbol? SessionLocal(IObjectCreationOperation creation)
    {
        var current = creation.WithEnclosingConversions();

        return current.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
    }

    private sealed record FunctionOwner(ISymbol? Symbol, IOperation Body, string Name);

    /// <summary>The method, local function or lambda whose body holds the creation.</summary>
    private static FunctionOwner? Owner(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return new FunctionOwner(lambda.Symbol, lambda.Body, "This lambda");
                case ILocalFunctionOperation local when local.Body is { } body:
                    return new FunctionOwner(local.Symbol, body, $"'{local.Symbol.Name}'");
                case IMethodBodyOperation or IConstructorBodyOperation when current.SemanticModel?.GetDeclaredSymbol(current.Syntax) is IMethodSymbol method:
                    return new FunctionOwner(method, current, $"'{method.Name}'");
                case IFieldInitializerOperation or IPropertyInitializerOperation:
                    return null; // an initializer runs once per object or type
            }
        }

        return null;
    }

    private static IOperation? EnclosingFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }
}
