using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace GreenAnalyzers.Values;

/// <summary>
/// Values as real code holds them. Each form costs something only when the sink reads it:
/// <list type="bullet">
/// <item>a local written once, by its declaration: its initializer (a syntactic scan of its scope, no flow analysis);</item>
/// <item>a local written on several paths: the writes that reach the sink, found on the method's control-flow graph (built
/// once per method, on demand); each constant write is a value of its own, any other write is an unknown path;</item>
/// <item>a field no other assembly can write (private, or internal without <c>InternalsVisibleTo</c>, or readonly) written
/// only by its initializer, or only in its type's constructors: those writes (scanned once per field); anything else is unknown;</item>
/// <item>the branches of <c>?:</c>, <c>??</c> and switch expressions;</item>
/// <item>a <c>foreach</c> variable over an array, list or collection expression of constants that nothing mutates: its elements.</item>
/// </list>
/// </summary>
internal sealed partial class ValueResolver
{
    private readonly ConcurrentDictionary<SyntaxNode, ControlFlowGraph?> _graphs = new();
    private readonly ConcurrentDictionary<IFieldSymbol, FieldWrites> _fieldWrites = new(SymbolEqualityComparer.Default);
    private bool? _internalsVisible;

    /// <summary>Whether the value is held in a form this file follows (a non-const local, a source field that is neither
    /// const nor static readonly, a conditional, a coalesce or a switch expression).</summary>
    private bool IsFlow(IOperation? operation)
        => operation is not null && SkipConversions(operation) switch
        {
            ILocalReferenceOperation { Local.IsConst: false } => true,
            IFieldReferenceOperation { Field: var field } => !field.IsConst && !(field.IsStatic && field.IsReadOnly)
                && field.ContainingType.TypeKind != TypeKind.Enum && !field.DeclaringSyntaxReferences.IsEmpty,
            IConditionalOperation { WhenFalse: not null } => true,
            ICoalesceOperation => true,
            ISwitchExpressionOperation => true,
            _ => false,
        };

    private Candidates Collect(IOperation? operation, int depth, CancellationToken cancellationToken)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Candidates.Unknown;
        }

        switch (SkipConversions(operation))
        {
            case ILocalReferenceOperation { Local.IsConst: false } local:
                return CollectLocal(local, depth, cancellationToken);
            case IFieldReferenceOperation field when IsFlow(field):
                return CollectField(field.Field, depth, cancellationToken);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Paths(new[] { conditional.WhenTrue, whenFalse }, depth, cancellationToken);
            case ICoalesceOperation coalesce:
                return Paths(new[] { coalesce.Value, coalesce.WhenNull }, depth, cancellationToken);
            case ISwitchExpressionOperation switchExpression:
                return Paths(switchExpression.Arms.Select(arm => (IOperation?)arm.Value).ToList(), depth, cancellationToken);
        }

        // config["Bedrock:ModelId"], an options property: each value the configuration files hold for the key.
        if (MayReadConfiguration(SkipConversions(operation)) && CollectConfiguration(SkipConversions(operation), cancellationToken) is { HasUnknown: false } fromFiles)
        {
            return fromFiles;
        }

        return Candidates.Of(Resolve(operation, depth, cancellationToken));
    }

    /// <summary>The one expression a local or field holds when it is written once (a local by its declaration alone, a field by
    /// its initializer or one constructor assignment), whatever that expression is; null otherwise. For rules that look at
    /// how a value is built (<c>Path.Combine(dir, "model.onnx")</c>), not only at constants.</summary>
    public IOperation? SingleWrite(IOperation? operation, CancellationToken cancellationToken)
    {
        switch (operation is null ? null : SkipConversions(operation))
        {
            case ILocalReferenceOperation { Local: { RefKind: RefKind.None, IsConst: false } local, SemanticModel: { } model }
                when local.DeclaringSyntaxReferences.Length == 1
                    && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
                    && Scope(declarator) is { } scope
                    && WriteSyntax.WritesOf(local.Name, scope).Count == 0:
                return model.GetOperation(initializer, cancellationToken) is IVariableInitializerOperation { Value: var value } ? value : null;

            case IFieldReferenceOperation { Field: { IsConst: false } field } when !field.DeclaringSyntaxReferences.IsEmpty:
                var writes = FieldWritesOf(field, cancellationToken);
                return writes.Values.Length == 1 ? writes.Values[0] : null;
        }

        return null;
    }

    /// <summary>Every expression a local or field may hold, each written once: a local's declaration (as
    /// <see cref="SingleWrite"/>), a field's initializer or its assignments in constructors (one per constructor that writes
    /// it). Empty when some write is not one of these. For entry points judged on each path (a chat client a field holds,
    /// set by two constructors).</summary>
    public ImmutableArray<IOperation> Writes(IOperation? operation, CancellationToken cancellationToken)
        => operation is null ? ImmutableArray<IOperation>.Empty : SkipConversions(operation) switch
        {
            IFieldReferenceOperation { Field: { IsConst: false } field } when !field.DeclaringSyntaxReferences.IsEmpty
                => FieldWritesOf(field, cancellationToken).Values,
            _ => SingleWrite(operation, cancellationToken) is { } held ? ImmutableArray.Create(held) : ImmutableArray<IOperation>.Empty,
        };

    /// <summary>A test of one value written to a local or field, with what it found there.</summary>
    public delegate bool WriteTest<T>(IOperation written, out T? found);

    /// <summary>Whether some value written to a local or field (<see cref="Writes"/>) passes <paramref name="test"/>, each
    /// judged on its own as values for sinks are; <paramref name="found"/> is what the first passing one found.
    /// <paramref name="onePath"/> is false when it is written on several paths: the answer then holds on some path, and what
    /// was found there (a model) may differ on another.</summary>
    public bool OnSomePath<T>(IOperation holder, WriteTest<T> test, out T? found, out bool onePath, CancellationToken cancellationToken)
    {
        var writes = Writes(holder, cancellationToken);
        onePath = writes.Length <= 1;
        foreach (var written in writes)
        {
            if (test(written, out found))
            {
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>The values of several paths into one place; with more than one path, each value is placed where its path writes it.</summary>
    private Candidates Paths(IReadOnlyList<IOperation?> writes, int depth, CancellationToken cancellationToken)
    {
        if (writes.Count == 1)
        {
            return Collect(writes[0], depth + 1, cancellationToken);
        }

        var known = ImmutableArray.CreateBuilder<ResolvedValue>();
        var unknown = false;
        foreach (var write in writes)
        {
            var candidates = Collect(write, depth + 1, cancellationToken);
            unknown |= candidates.HasUnknown;
            foreach (var value in candidates.Known)
            {
                known.Add(value.From(write!.Syntax.GetLocation()));
            }
        }

        return new Candidates(new ResolvedValues(known.ToImmutable()), unknown);
    }

    // ------------------------------------------------------------------------------------------------ locals

    private Candidates CollectLocal(ILocalReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.RefKind != RefKind.None || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
        {
            return Candidates.Unknown;
        }

        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declaration is ForEachStatementSyntax forEach)
        {
            return CollectElements(model.GetOperation(forEach, cancellationToken) as IForEachLoopOperation, depth, cancellationToken);
        }

        if (declaration is not VariableDeclaratorSyntax declarator || Scope(declarator) is not { } scope)
        {
            return Candidates.Unknown; // a pattern, out or deconstruction variable: written by code this resolver does not follow
        }

        var writes = WriteSyntax.WritesOf(local.Name, scope);
        if (writes.Count == 0)
        {
            return declarator.Initializer is { } initializer
                && model.GetOperation(initializer, cancellationToken) is IVariableInitializerOperation { Value: var value }
                ? Collect(value, depth + 1, cancellationToken)
                : Candidates.Unknown;
        }

        // Written again: the writes that reach this read, on the method's control-flow graph. A write in a lambda or local
        // function (it runs whenever that code is called) or a read from one leaves the value unknown.
        var function = WriteSyntax.EnclosingFunction(declarator);
        if (WriteSyntax.EnclosingFunction(reference.Syntax) != function
            || writes.Any(write => WriteSyntax.EnclosingFunction(write) != function)
            || Graph(reference, function, cancellationToken) is not { } graph)
        {
            return Candidates.Unknown;
        }

        var reaching = ReachingWrites(graph, local, reference.Syntax, out var unknownPath);
        if (reaching is null)
        {
            return Candidates.Unknown;
        }

        var values = new List<IOperation?>(reaching.Count + (unknownPath ? 1 : 0));
        foreach (var write in reaching)
        {
            values.Add(model.GetOperation(write, cancellationToken));
        }

        if (unknownPath)
        {
            values.Add(null);
        }

        // Each further level of flow analysis can fan out again: allow few of them.
        return Paths(values, depth + 2, cancellationToken);
    }

    /// <summary>The block a local declared by <paramref name="declarator"/> is visible in (a superset is harmless: it only finds
    /// more writes, which makes a value unknown, never wrong).</summary>
    private static SyntaxNode? Scope(VariableDeclaratorSyntax declarator)
    {
        for (SyntaxNode? node = declarator.Parent; node is not null; node = node.Parent)
        {
            if (node is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax or ArrowExpressionClauseSyntax)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The control-flow graph of the function declaring a local (the member body, or the lambda or local function
    /// within it), built once per member.</summary>
    private ControlFlowGraph? Graph(IOperation operation, SyntaxNode? function, CancellationToken cancellationToken)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var graph = _graphs.GetOrAdd(root.Syntax, _ => root switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
            IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
            IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
            _ => null,
        });
        if (graph is null || function is null)
        {
            return graph;
        }

        // Nested functions, outermost first, each found in the graph of the one around it.
        var chain = function.AncestorsAndSelf().Where(WriteSyntax.IsFunction).Reverse();
        foreach (var nested in chain)
        {
            if (!root.Syntax.Span.Contains(nested.Span))
            {
                continue;
            }

            graph = nested is LocalFunctionStatementSyntax
                ? graph.LocalFunctions.FirstOrDefault(f => f.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) == nested)) is { } localFunction
                    ? graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken)
                    : null
                : graph.Blocks.SelectMany(Operations).SelectMany(o => o.DescendantsAndSelf())
                    .OfType<IFlowAnonymousFunctionOperation>().FirstOrDefault(f => f.Syntax == nested) is { } lambda
                    ? graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken)
                    : null;
            if (graph is null)
            {
                return null;
            }
        }

        return graph;
    }

    private static IEnumerable<IOperation> Operations(BasicBlock block)
        => block.BranchValue is { } branch ? block.Operations.Append(branch) : block.Operations;

    /// <summary>The value syntax of each write of <paramref name="local"/> that reaches the read at <paramref name="read"/>:
    /// a backward walk over the blocks, stopping on each path at its last write. <paramref name="unknownPath"/> is set by a
    /// path whose write is not a plain assignment (ref, out, compound, deconstruction), or that starts where the local is
    /// unassigned or an exception handler begins. Null when the read is not in the graph.</summary>
    private static List<SyntaxNode>? ReachingWrites(ControlFlowGraph graph, ILocalSymbol local, SyntaxNode read, out bool unknownPath)
    {
        unknownPath = false;
        BasicBlock? start = null;
        var startIndex = 0;
        foreach (var block in graph.Blocks)
        {
            var index = 0;
            foreach (var operation in Operations(block))
            {
                if (operation.DescendantsAndSelf().Any(o => o.Syntax == read))
                {
                    start = block;
                    startIndex = index;
                    break;
                }

                index++;
            }

            if (start is not null)
            {
                break;
            }
        }

        if (start is null)
        {
            return null;
        }

        var writes = new List<SyntaxNode>();
        var visited = new HashSet<int>();
        var pending = new Stack<(BasicBlock Block, int Before)>();
        pending.Push((start, startIndex));
        while (pending.Count > 0)
        {
            var (block, before) = pending.Pop();
            var found = false;
            foreach (var operation in Operations(block).Take(before).Reverse())
            {
                if (!Writes(operation, local, out var value))
                {
                    continue;
                }

                if (value is null)
                {
                    unknownPath = true;
                }
                else
                {
                    writes.Add(value.Syntax);
                }

                found = true;
                break;
            }

            if (found)
            {
                continue;
            }

            if (block.Kind == BasicBlockKind.Entry || block.Predecessors.IsEmpty)
            {
                unknownPath = true; // unassigned here, or an exception handler entered from anywhere in its try block
                continue;
            }

            foreach (var predecessor in block.Predecessors)
            {
                if (visited.Add(predecessor.Source.Ordinal))
                {
                    pending.Push((predecessor.Source, int.MaxValue));
                }
            }
        }

        return writes;
    }

    /// <summary>Whether <paramref name="operation"/> writes <paramref name="local"/>; <paramref name="value"/> is what its last
    /// write assigns, null when that write is not a plain assignment (ref, out, compound, deconstruction).</summary>
    private static bool Writes(IOperation operation, ILocalSymbol local, out IOperation? value)
    {
        var writes = false;
        value = null;
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                writes = true;
                value = assignment.IsRef ? null : assignment.Value;
            }
            else if (descendant is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && reference.Parent is not ISimpleAssignmentOperation
                && WriteSyntax.IsWritten(reference.Syntax))
            {
                writes = true;
                value = null;
            }
        }

        return writes;
    }

    // ------------------------------------------------------------------------------------------------ collections

    /// <summary>The elements of the collection a <c>foreach</c> walks, each a value placed at its element.</summary>
    private Candidates CollectElements(IForEachLoopOperation? loop, int depth, CancellationToken cancellationToken)
    {
        if (loop is null || loop.LoopControlVariable is not IVariableDeclaratorOperation
            || Elements(loop.Collection, depth, cancellationToken) is not { } elements)
        {
            return Candidates.Unknown;
        }

        var known = ImmutableArray.CreateBuilder<ResolvedValue>();
        var unknown = false;
        foreach (var element in elements)
        {
            var candidates = Collect(element, depth + 1, cancellationToken);
            unknown |= candidates.HasUnknown;
            foreach (var value in candidates.Known)
            {
                known.Add(value.From(element.Syntax.GetLocation()));
            }
        }

        return new Candidates(new ResolvedValues(known.ToImmutable()), unknown);
    }

    /// <summary>How many elements a loop over <paramref name="collection"/> walks, when it is a constant collection.</summary>
    public int? ConstantElementCount(IOperation? collection, CancellationToken cancellationToken)
        => Elements(collection, depth: 0, cancellationToken)?.Count;

    /// <summary>The element expressions of an array, collection expression or collection initializer, written in place or held
    /// in a local or field written once and never mutated. Null for anything else.</summary>
    private List<IOperation>? Elements(IOperation? collection, int depth, CancellationToken cancellationToken)
    {
        while (collection is IConversionOperation conversion)
        {
            collection = conversion.Operand;
        }

        if (collection is null || depth > MaxDepth)
        {
            return null;
        }

        switch (collection)
        {
            case IArrayCreationOperation { DimensionSizes.Length: 1, Initializer: { } initializer }:
                return initializer.ElementValues.ToList();

            case IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer }
                when initializer.Initializers.All(i => i is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 }):
                return initializer.Initializers.Select(i => ((IInvocationOperation)i).Arguments[0].Value).ToList();

            case { Syntax: CollectionExpressionSyntax syntax, SemanticModel: { } model }
                when syntax.Elements.All(e => e is ExpressionElementSyntax):
                return syntax.Elements.Select(e => model.GetOperation(((ExpressionElementSyntax)e).Expression, cancellationToken))
                    .OfType<IOperation>().ToList() is var elements && elements.Count == syntax.Elements.Count ? elements : null;

            case ILocalReferenceOperation { Local: var local } when SingleWrite(collection, cancellationToken) is { } value
                && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator
                && !WriteSyntax.MayMutate(local.Name, Scope(declarator)!):
                return Elements(value, depth + 1, cancellationToken);

            case IFieldReferenceOperation { Field: var field } when !field.IsConst:
                var writes = FieldWritesOf(field, cancellationToken);
                return writes.Values.Length == 1 && !writes.Mutated ? Elements(writes.Values[0], depth + 1, cancellationToken) : null;
        }

        return null;
    }

    // ------------------------------------------------------------------------------------------------ fields

    private Candidates CollectField(IFieldSymbol field, int depth, CancellationToken cancellationToken)
    {
        var writes = FieldWritesOf(field, cancellationToken);
        return writes.Values.IsDefaultOrEmpty ? Candidates.Unknown : Paths(writes.Values, depth, cancellationToken);
    }

    private FieldWrites FieldWritesOf(IFieldSymbol field, CancellationToken cancellationToken)
        => _fieldWrites.TryGetValue(field, out var known) ? known : _fieldWrites.GetOrAdd(field, ScanField(field, cancellationToken));

    /// <summary>Every write of a field, where any code that can write it lives: its type for a private or readonly field,
    /// this compilation for an internal one (when no other assembly sees internals). Structs' instance fields, which
    /// <c>this = …</c> rewrites wholesale, and fields other assemblies can write are unknown.</summary>
    private FieldWrites ScanField(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || (!field.IsStatic && field.ContainingType.TypeKind != TypeKind.Class)
            || field.IsVolatile)
        {
            return FieldWrites.Unknown;
        }

        // Where code that can write the field (or change its elements) lives. A readonly field is written only by its type,
        // but its elements can be changed by whoever sees it.
        IEnumerable<SyntaxNode> scope;
        var mutated = false;
        var accessibility = EffectiveAccessibility(field);
        if (accessibility == Accessibility.Private)
        {
            scope = field.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken));
        }
        else if (accessibility is Accessibility.Internal or Accessibility.ProtectedAndInternal && !InternalsVisible())
        {
            scope = _compilation.SyntaxTrees.Select(t => t.GetRoot(cancellationToken));
        }
        else if (field.IsReadOnly)
        {
            scope = field.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken));
            mutated = true;
        }
        else
        {
            return FieldWrites.Unknown;
        }

        var constructorWrites = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var node in scope)
        {
            foreach (var name in node.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name)
                {
                    continue;
                }

                var written = WriteSyntax.IsWritten(name);
                var mutates = !written && WriteSyntax.MayMutateThrough(name);
                if (!written && !mutates)
                {
                    continue;
                }

#pragma warning disable RS1030 // Writes of a field may sit in any file of its type (or assembly); scanned once per field read by a sink.
                var model = _compilation.GetSemanticModel(name.SyntaxTree);
#pragma warning restore RS1030
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, field))
                {
                    continue;
                }

                if (mutates)
                {
                    mutated = true;
                    continue;
                }

                if (ConstructorAssignment(name, field, model, cancellationToken) is not { } value)
                {
                    return FieldWrites.Unknown; // written by a method, through ref, by another type, or compound-assigned
                }

                constructorWrites.Add(value);
            }
        }

        if (constructorWrites.Count > 0)
        {
            // An initializer the constructors may overwrite, or not: which one a sink sees depends on the constructor.
            return declarator.Initializer is null ? new FieldWrites(constructorWrites.ToImmutable(), mutated) : FieldWrites.Unknown;
        }

#pragma warning disable RS1030 // as above
        return declarator.Initializer is { } initializer
            && _compilation.GetSemanticModel(initializer.SyntaxTree).GetOperation(initializer, cancellationToken) is IFieldInitializerOperation { Value: var initialValue }
#pragma warning restore RS1030
            ? new FieldWrites(ImmutableArray.Create(initialValue), mutated)
            : FieldWrites.Unknown;
    }

    /// <summary>The value of <c>field = value</c> (or <c>this.field = value</c>) written directly in a constructor of the field's
    /// type (the static constructor for a static field), outside any lambda or local function; null for any other write.</summary>
    private static IOperation? ConstructorAssignment(IdentifierNameSyntax name, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode target = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == name ? access : name;
        if (target.Parent is not AssignmentExpressionSyntax assignment
            || !assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression)
            || assignment.Left != target
            || WriteSyntax.EnclosingFunction(assignment) is not null
            || assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not { } constructor
            || model.GetDeclaredSymbol(constructor, cancellationToken) is not { } constructorSymbol
            || constructorSymbol.IsStatic != field.IsStatic
            || !SymbolEqualityComparer.Default.Equals(constructorSymbol.ContainingType, field.ContainingType))
        {
            return null;
        }

        return model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { IsRef: false, Value: var value } ? value : null;
    }

    private static Accessibility EffectiveAccessibility(ISymbol symbol)
    {
        var accessibility = symbol.DeclaredAccessibility;
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility < accessibility)
            {
                accessibility = type.DeclaredAccessibility;
            }
        }

        return accessibility;
    }

    private bool InternalsVisible()
        => _internalsVisible ??= _compilation.Assembly.GetAttributes()
            .Any(a => a.AttributeClass is { Name: "InternalsVisibleToAttribute" } type && type.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices");

    /// <summary>The values a field may hold (empty when unknown), and whether its elements may be changed in place.</summary>
    private readonly record struct FieldWrites(ImmutableArray<IOperation> Values, bool Mutated)
    {
        public static readonly FieldWrites Unknown = new(ImmutableArray<IOperation>.Empty, Mutated: true);
    }

    /// <summary>The known values that may reach a place, and whether some path brings an unknown one.</summary>
    private readonly record struct Candidates(ResolvedValues Known, bool HasUnknown)
    {
        public static readonly Candidates Unknown = new(ResolvedValues.Empty, HasUnknown: true);

        /// <summary>The value when exactly one is known and no path is unknown.</summary>
        public ResolvedValue? Single => !HasUnknown && Known.Length == 1 ? Known[0] : null;

        public static Candidates Of(ResolvedValue? value) => value is null ? Unknown : new Candidates(new ResolvedValues(value), HasUnknown: false);
    }
}
