using GreenAnalyzers.Values;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges work done once per iteration of a loop (the loop decision lives in <see cref="LoopContext"/>).
/// GA4002: an ONNX Runtime session or an inference client created in the loop body and dropped at the end of the iteration;
/// the fix hoists its declaration above the loop when nothing it is built from changes between iterations.
/// GA4006: <c>ConverseAsync</c>/<c>InvokeModelAsync</c> awaited once per item of a collection.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class PerIterationAnalyzer : GreenAnalyzer
{
    /// <summary>The types GA4002 watches, and why creating one is costly (docs/rules/GA4002.md has the sources).</summary>
    private static readonly (string MetadataName, string Why)[] s_sharedTypes =
    {
        ("Microsoft.ML.OnnxRuntime.InferenceSession", " (each new session loads the model and optimizes its graph again)"),
        ("Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", " (AWS SDK clients are thread-safe and relatively expensive to construct)"),
        ("Amazon.SageMakerRuntime.AmazonSageMakerRuntimeClient", " (AWS SDK clients are thread-safe and relatively expensive to construct)"),
        ("Anthropic.Bedrock.AnthropicBedrockClient", " (each client sets up its own credentials and HTTP connections)"),
    };

    private const string BedrockRuntimeNamespace = "Amazon.BedrockRuntime";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.CreateOncePerLoop, Rules.BatchBulkCalls);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var why = new Dictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default);
        foreach (var (name, reason) in s_sharedTypes)
        {
            foreach (var type in SymbolLookup.TypesByMetadataName(context.Compilation, name))
            {
                why[type] = reason;
            }
        }

        if (why.Count > 0)
        {
            var scripts = new Scripts();
            KeyedAction.RegisterCreation(
                context,
                why.Keys,
                operationContext =>
                {
                    var creation = (IObjectCreationOperation)operationContext.Operation;
                    if (creation.Type is { } type && why.TryGetValue(type, out var reason)
                        && CreateOncePerLoop(creation, reason, scripts, operationContext.CancellationToken) is { } diagnostic)
                    {
                        operationContext.ReportDiagnostic(diagnostic);
                    }
                });
        }

        if (!SymbolLookup.TypesByMetadataName(context.Compilation, BedrockRuntimeNamespace + ".IAmazonBedrockRuntime").IsEmpty)
        {
            var resolver = new Values.ValueResolver(context.Compilation);
            context.RegisterOperationAction(
                operationContext =>
                {
                    if (BatchBulkCalls((IInvocationOperation)operationContext.Operation, resolver, operationContext.CancellationToken) is { } diagnostic)
                    {
                        operationContext.ReportDiagnostic(diagnostic);
                    }
                },
                OperationKind.Invocation);
        }
    }

    // ------------------------------------------------------------------ GA4002

    private static Diagnostic? CreateOncePerLoop(IObjectCreationOperation creation, string why, Scripts scripts, CancellationToken cancellationToken)
    {
        var loops = LoopContext.EnclosingLoops(creation);
        if (loops.Count == 0)
        {
            return null;
        }

        var consumer = Consumer(creation);
        ILocalSymbol? local = null;
        if (consumer is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            local = declarator.Symbol;
            // A using declaration or statement disposes it when the iteration ends: whatever it is handed to cannot keep it.
            if (!loops[0].Declares(declarator.Syntax) || (!IsUsing(declarator) && OutlivesIteration(local, loops[0], cancellationToken)))
            {
                return null; // kept beyond the iteration (a list of sessions, a cache): not per-iteration waste
            }
        }
        else if (consumer is not (IMemberReferenceOperation or IInvocationOperation) || Instance(consumer) != creation.WithEnclosingConversions())
        {
            return null; // stored, returned or handed to a method that may keep it
        }

        var typeName = creation.Type!.Name;
        IReadOnlyList<FixEdit> edits = (local is null ? null : Hoist(creation, local, loops, cancellationToken)) ?? System.Array.Empty<FixEdit>();
        return SyntaxEdit.Create(
            Rules.CreateOncePerLoop,
            ObjectConstruction.HeadOf(creation),
            edits,
            scripts.For(edits, $"Create the {typeName} once, before the loop", (PropertyKeys.CreatedType, typeName)),
            typeName,
            why);
    }

    private static bool IsUsing(IVariableDeclaratorOperation declarator)
        => declarator.Syntax.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } or UsingStatementSyntax;

    /// <summary>The local is handed on (stored, returned, added to a list, passed as an argument, captured): it may be kept.</summary>
    private static bool OutlivesIteration(ILocalSymbol local, Loop loop, CancellationToken cancellationToken)
    {
        foreach (var reference in References(loop.Operation, local, cancellationToken))
        {
            var used = reference.WithEnclosingConversions();
            switch (used.Parent)
            {
                case IMemberReferenceOperation member when member.Instance == used:
                case IInvocationOperation invocation when invocation.Instance == used:
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } call } argument
                    when call.Arguments.Length > 0 && call.Arguments[0] == argument:
                case IUsingOperation:
                    continue; // used, not kept
                default:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The edits that move <c>var x = new …(…);</c> before the outermost enclosing loop it can leave: each loop on the
    /// way is the direct body of the next, nothing the creation reads is declared or assigned in the loop, and the name
    /// is free there. Null when no such move exists.</summary>
    private static FixEdit[]? Hoist(
        IObjectCreationOperation creation, ILocalSymbol local, List<Loop> loops, CancellationToken cancellationToken)
    {
        if (creation.Syntax.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { Declaration.Variables: { Count: 1 } variables } statement
            || local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) != variables[0]
            || statement.Parent is not BlockSyntax block || block != loops[0].Body)
        {
            return null;
        }

        Loop? destination = null;
        for (var i = 0; i < loops.Count; i++)
        {
            if ((i > 0 && (loops[i - 1].Statement?.Parent is not BlockSyntax inner || inner != loops[i].Body))
                || DependsOnLoop(creation, local, loops[i], cancellationToken))
            {
                break;
            }

            destination = loops[i];
        }

        // The loop sits in a block, or is itself a top-level statement (Program.cs of `dotnet new console`): then the
        // hoisted declaration becomes a top-level statement, and every top-level statement of the file shares its scope.
        if (destination?.Statement is not { Parent: BlockSyntax or GlobalStatementSyntax } anchor
            || NameTaken(anchor.Parent is BlockSyntax outer ? outer : anchor.Parent.Parent!, local, statement))
        {
            return null;
        }

        return new[]
        {
            new FixEdit(statement, SyntaxEdit.MoveBefore, new FixValue.Number(1)),
            new FixEdit(anchor, SyntaxEdit.Anchor),
        };
    }

    /// <summary>The creation reads a local or parameter declared in the loop (the iteration variable, a body local, a
    /// Parallel lambda's parameter), or a local or field assigned in it; or the created local itself is reassigned there.</summary>
    private static bool DependsOnLoop(IObjectCreationOperation creation, ILocalSymbol created, Loop loop, CancellationToken cancellationToken)
    {
        var read = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { created };
        var operations = new Stack<IOperation>();
        operations.Push(creation);
        while (operations.Count > 0)
        {
            var operation = operations.Pop();
            PushChildren(operations, operation);
            if (Referenced(operation) is not { } symbol)
            {
                continue;
            }

            foreach (var declaration in symbol.DeclaringSyntaxReferences)
            {
                if (!SymbolEqualityComparer.Default.Equals(symbol, created) && loop.Declares(declaration.GetSyntax(cancellationToken)))
                {
                    return true;
                }
            }

            read.Add(symbol);
        }

        PushChildren(operations, loop.Operation);
        while (operations.Count > 0)
        {
            var operation = operations.Pop();
            PushChildren(operations, operation);
            var target = operation.Kind switch // by kind first: most operations are neither, and a kind is one read
            {
                OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment
                    => ((IAssignmentOperation)operation).Target,
                OperationKind.Increment or OperationKind.Decrement => ((IIncrementOrDecrementOperation)operation).Target,
                OperationKind.Argument when operation is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                _ => null,
            };
            if (target is not null && Referenced(target) is { } assigned && read.Contains(assigned))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local, parameter or field an operation reads or writes by name.</summary>
    private static ISymbol? Referenced(IOperation operation) => operation.Kind switch
    {
        OperationKind.LocalReference => ((ILocalReferenceOperation)operation).Local,
        OperationKind.ParameterReference => ((IParameterReferenceOperation)operation).Parameter,
        OperationKind.FieldReference => ((IFieldReferenceOperation)operation).Field,
        _ => null,
    };

    /// <summary>A walk of every operation under a root without an iterator per walk (the order does not matter here).</summary>
    private static void PushChildren(Stack<IOperation> operations, IOperation operation)
    {
        foreach (var child in operation.ChildOperations)
        {
            operations.Push(child);
        }
    }

    /// <summary>Another variable of the same name anywhere in the destination block (or in the file's top-level
    /// statements) would clash with the hoisted one. Only the tokens that spell the name are looked at, found through the
    /// text (<see cref="TokenSearch"/>); a walk of the whole scope where the text cannot tell.</summary>
    private static bool NameTaken(SyntaxNode scope, ILocalSymbol local, LocalDeclarationStatementSyntax own)
    {
        var ownDeclarator = own.Declaration.Variables[0];
        var tokens = new List<SyntaxToken>();
        if (TokenSearch.TryFind(scope, local.Name, identifier: true, tokens))
        {
            foreach (var token in tokens)
            {
                if (token.Parent is { } node && node != ownDeclarator && DeclaredIdentifier(node) == token && token.ValueText == local.Name
                    && (scope is not CompilationUnitSyntax || node.FirstAncestorOrSelf<GlobalStatementSyntax>()?.Parent == scope))
                {
                    return true;
                }
            }

            return false;
        }

        var nodes = scope is CompilationUnitSyntax unit
            ? unit.Members.OfType<GlobalStatementSyntax>().SelectMany(global => global.DescendantNodes())
            : scope.DescendantNodes();
        foreach (var node in nodes)
        {
            if (node != ownDeclarator && DeclaredIdentifier(node) is { } identifier && identifier.ValueText == local.Name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name a local declaration, pattern, loop variable, parameter, catch variable or local function
    /// declares.</summary>
    private static SyntaxToken? DeclaredIdentifier(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax declarator => declarator.Identifier,
        SingleVariableDesignationSyntax designation => designation.Identifier,
        ForEachStatementSyntax forEach => forEach.Identifier,
        ParameterSyntax parameter => parameter.Identifier,
        CatchDeclarationSyntax caught => caught.Identifier,
        LocalFunctionStatementSyntax function => function.Identifier,
        _ => null,
    };

    // ------------------------------------------------------------------ GA4006

    private static Diagnostic? BatchBulkCalls(IInvocationOperation invocation, Values.ValueResolver resolver, CancellationToken cancellationToken)
    {
        if (invocation.TargetMethod is not { Name: "ConverseAsync" or "InvokeModelAsync" } method
            || !(method.ContainingType?.ContainingNamespace).IsNamespace(BedrockRuntimeNamespace)
            || !IsAwaited(invocation))
        {
            return null;
        }

        var overCollection = false;
        foreach (var loop in LoopContext.EnclosingLoops(invocation))
        {
            // A constant collection smaller than Bedrock's minimum batch job is not bulk work: it could not be a batch job.
            overCollection |= loop.OverCollection
                && !(loop.Operation is IForEachLoopOperation forEach
                    && resolver.ConstantElementCount(forEach.Collection, cancellationToken) < InferenceFacts.BatchMinimumRecords);
        }

        if (!overCollection)
        {
            return null;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.BatchDiscountPercent] = InferenceFacts.BatchDiscountPercent.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.Source] = InferenceFacts.BatchPriceSource.Citation;
        var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name.GetLocation() : invocation.Syntax.GetLocation();
        return Diagnostic.Create(
            Rules.BatchBulkCalls, location, properties.ToImmutable(),
            method.Name, InferenceFacts.BatchDiscountPercent, InferenceFacts.BatchPriceSource.Citation);
    }

    /// <summary><c>await client.ConverseAsync(…)</c>, also through <c>.ConfigureAwait(false)</c>: the loop waits for each answer.</summary>
    private static bool IsAwaited(IInvocationOperation invocation)
    {
        var used = invocation.WithEnclosingConversions();
        if (used.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == used)
        {
            used = configure.WithEnclosingConversions();
        }

        return used.Parent is IAwaitOperation;
    }

    // ------------------------------------------------------------------ helpers

    private static IEnumerable<ILocalReferenceOperation> References(IOperation scope, ILocalSymbol local, CancellationToken cancellationToken)
    {
        foreach (var operation in scope.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                yield return reference;
            }
        }
    }

    private static IOperation? Consumer(IOperation operation) => operation.WithEnclosingConversions().Parent;

    private static IOperation? Instance(IOperation? consumer) => consumer switch
    {
        IMemberReferenceOperation member => member.Instance,
        IInvocationOperation invocation => invocation.Instance,
        _ => null,
    };
}
