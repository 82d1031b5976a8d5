using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Construction;

/// <summary>One member assignment of a request under construction: <c>InferenceConfig.MaxTokens = 512</c> has the path
/// <c>[InferenceConfig, MaxTokens]</c>. <see cref="InInitializer"/> tells an initializer entry from a later statement.</summary>
internal sealed record MemberAssignment(ImmutableArray<string> Path, IOperation Value, bool InInitializer)
{
    /// <summary>The assigned value when it is a compile-time constant (through nullable conversions): <c>true</c>, <c>3600</c>.</summary>
    public object? Constant => Value.WithoutConversions().ConstantValue is { HasValue: true } constant ? constant.Value : null;

    /// <summary>The value with conversions removed: <c>new StoppingCondition { … }</c> rather than its conversion.</summary>
    public IOperation UnwrappedValue => Value.WithoutConversions();
}

/// <summary>An element added by key to a collection that the object is, or holds: <c>["K"] = v</c> or <c>{ "K", v }</c> in an
/// initializer, <c>x["K"] = v</c> or <c>x.Add("K", v)</c> later. <see cref="Path"/> leads to the collection
/// (<c>[Environment]</c>; empty for the object itself).</summary>
internal sealed record ElementEntry(ImmutableArray<string> Path, IOperation Key, IOperation Value, bool InInitializer);

/// <summary>
/// How an SDK request object is built inside one method: its initializer (nested initializers included), the later
/// assignments to the local that holds it (and elements added to it or to its collections by key), and whether it escapes
/// the method before the SDK call (returned, stored in a field, passed to a method outside the AWS SDK, captured by a
/// lambda). Handing it to a property of another AWS SDK object (<c>container.Environment = env</c>) is not escaping: that
/// object is what the SDK sends. Rules that look for a missing member judge only
/// requests that do not escape: a helper elsewhere may complete them. Order within the method is not considered.
/// </summary>
internal sealed class ObjectConstruction
{
    private readonly HashSet<string>? _membersUsedLater;

    private ObjectConstruction(
        IObjectCreationOperation creation, ImmutableArray<MemberAssignment> assignments, ImmutableArray<ElementEntry> elements, bool escapes, HashSet<string>? membersUsedLater)
    {
        Creation = creation;
        Assignments = assignments;
        Elements = elements;
        Escapes = escapes;
        _membersUsedLater = membersUsedLater;
    }

    public IObjectCreationOperation Creation { get; }

    /// <summary>From <c>new</c> to the type (or the argument list of <c>new()</c>): a short squiggle for a long initializer.</summary>
    public Location HeadLocation => HeadOf(Creation);

    /// <summary>From <c>new</c> to the type (or the argument list): a short squiggle for any creation.</summary>
    public static Location HeadOf(IObjectCreationOperation creation)
    {
        var syntax = creation.Syntax;
        var end = syntax switch
        {
            ObjectCreationExpressionSyntax explicitNew => explicitNew.ArgumentList?.Span.End ?? explicitNew.Type.Span.End,
            ImplicitObjectCreationExpressionSyntax implicitNew => implicitNew.ArgumentList.Span.End,
            _ => syntax.Span.End,
        };
        return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.SpanStart, end));
    }

    public ImmutableArray<MemberAssignment> Assignments { get; }

    /// <summary>Elements added by key, in the initializer (nested ones included) and through the local later.</summary>
    public ImmutableArray<ElementEntry> Elements { get; }

    public bool Escapes { get; }

    /// <summary>Whether a top-level member is read or written through the local after construction (<c>request.System.Add(…)</c>).</summary>
    public bool IsUsedLater(string member) => _membersUsedLater?.Contains(member) == true;

    /// <summary>Whether any assignment touches this member or one below it (<c>ProfilerConfig = …</c>, <c>ProfilerConfig.X = …</c>).</summary>
    public bool Touches(string member)
    {
        foreach (var assignment in Assignments)
        {
            if (assignment.Path[0] == member)
            {
                return true;
            }
        }

        return IsUsedLater(member);
    }

    /// <summary>The last assignment to exactly this member path, or null. The one- and two-member overloads below are this
    /// loop written out, so that the common calls allocate no path array: a change to one is a change to all three.</summary>
    public MemberAssignment? Find(params string[] path)
    {
        MemberAssignment? found = null;
        foreach (var assignment in Assignments)
        {
            if (PathEquals(assignment.Path, path))
            {
                found = assignment;
            }
        }

        return found;
    }

    /// <summary>The last assignment to this top-level member, or null; without a path array per call, as most rules ask for
    /// one or two members of every request they see (issue 21).</summary>
    public MemberAssignment? Find(string member)
    {
        MemberAssignment? found = null;
        foreach (var assignment in Assignments)
        {
            if (assignment.Path.Length == 1 && assignment.Path[0] == member)
            {
                found = assignment;
            }
        }

        return found;
    }

    /// <summary>The last assignment to <paramref name="member"/>'s <paramref name="nested"/> member, or null.</summary>
    public MemberAssignment? Find(string member, string nested)
    {
        MemberAssignment? found = null;
        foreach (var assignment in Assignments)
        {
            if (assignment.Path.Length == 2 && assignment.Path[0] == member && assignment.Path[1] == nested)
            {
                found = assignment;
            }
        }

        return found;
    }

    /// <summary>How each creation is built, analysed once: several rules of several analyzers judge the same request (GA2002,
    /// GA5003 and GA3002's job image on a training job; GA5001 and GA5002 on an endpoint config), and the analysis walks the
    /// method for the uses of its local. Weak: an operation tree no longer analysed takes its entry with it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IObjectCreationOperation, ObjectConstruction> s_byCreation = new();

    public static ObjectConstruction Analyze(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        if (s_byCreation.TryGetValue(creation, out var known))
        {
            return known;
        }

        var analyzed = AnalyzeOnce(creation, cancellationToken);
        lock (s_byCreation) // the table locks to add anyway; here without a closure per creation (issue 21)
        {
            if (s_byCreation.TryGetValue(creation, out known))
            {
                return known;
            }

            s_byCreation.Add(creation, analyzed);
            return analyzed;
        }
    }

    private static ObjectConstruction AnalyzeOnce(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        // As many as the initializer has entries, the usual count: the array is then handed over, not copied.
        var assignments = ImmutableArray.CreateBuilder<MemberAssignment>(creation.Initializer?.Initializers.Length ?? 0);
        ImmutableArray<ElementEntry>.Builder? elements = null; // most requests add no element by key: none allocated
        AddInitializer(creation.Initializer, ImmutableArray<string>.Empty, assignments, ref elements);

        HashSet<string>? usedLater = null; // only a request held in a local is used later, and most are not: allocated on first use
        var escapes = false;
        switch (Consumer(creation))
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                // A local is used only after its declaration (C# refuses a use before it, or in its own initializer):
                // what ends before the creation does is not looked into (full spans: a span would measure trivia).
                escapes = TrackLocal(creation, declarator.Symbol, creation.Syntax.FullSpan.End, assignments, ref elements, ref usedLater, cancellationToken);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                // Assigned again: an earlier use may run later, in a loop.
                escapes = TrackLocal(creation, local.Local, usedFrom: 0, assignments, ref elements, ref usedLater, cancellationToken);
                break;
            case IArgumentOperation argument:
                escapes = !IsSdkCall(argument);
                break;
            default:
                escapes = true; // returned, stored in a field or property, part of a larger expression
                break;
        }

        return new ObjectConstruction(
            creation, assignments.Count == assignments.Capacity ? assignments.MoveToImmutable() : assignments.ToImmutable(),
            elements?.ToImmutable() ?? ImmutableArray<ElementEntry>.Empty, escapes, usedLater);
    }

    private static void AddElement(ref ImmutableArray<ElementEntry>.Builder? elements, ElementEntry element)
        => (elements ??= ImmutableArray.CreateBuilder<ElementEntry>()).Add(element);

    private static void AddInitializer(
        IObjectOrCollectionInitializerOperation? initializer, ImmutableArray<string> prefix,
        ImmutableArray<MemberAssignment>.Builder assignments, ref ImmutableArray<ElementEntry>.Builder? elements)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } indexed:
                    AddElement(ref elements, new ElementEntry(prefix, indexer.Arguments[0].Value, indexed.Value, InInitializer: true)); // ["K"] = v
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                    AddElement(ref elements, new ElementEntry(prefix, add.Arguments[0].Value, add.Arguments[1].Value, InInitializer: true)); // { "K", v }
                    break;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment:
                    var path = prefix.Add(member.Member.Name);
                    assignments.Add(new MemberAssignment(path, assignment.Value, InInitializer: true));
                    if (assignment.Value.WithoutConversions() is IObjectCreationOperation nested)
                    {
                        AddInitializer(nested.Initializer, path, assignments, ref elements);
                    }

                    break;
                case IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation member } memberInitializer:
                    AddInitializer(memberInitializer.Initializer, prefix.Add(member.Member.Name), assignments, ref elements);
                    break;
            }
        }
    }

    /// <summary>The operations still to visit in <see cref="TrackLocal"/>, one stack per thread: every request held in a local
    /// walks its method, and the walk needs no iterator of its own (issue 21). Emptied after each walk, so that it keeps no
    /// operation tree alive.</summary>
    [System.ThreadStatic]
    private static Stack<IOperation>? t_pending;

    /// <summary>Follows every use of the local in the enclosing body from position <paramref name="usedFrom"/> on, in
    /// document order. Returns true when the request escapes.</summary>
    private static bool TrackLocal(
        IObjectCreationOperation creation, ILocalSymbol local, int usedFrom, ImmutableArray<MemberAssignment>.Builder assignments,
        ref ImmutableArray<ElementEntry>.Builder? elements, ref HashSet<string>? usedLater, CancellationToken cancellationToken)
    {
        IOperation top = creation;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        var pending = t_pending ??= new Stack<IOperation>();
        pending.Clear();
        try
        {
            PushChildren(pending, top);
            return TrackLocal(pending, creation, local, usedFrom, assignments, ref elements, ref usedLater, cancellationToken);
        }
        finally
        {
            pending.Clear();
        }
    }

    /// <summary>The children of <paramref name="operation"/>, pushed last first, so that they are visited in document order (as
    /// Roslyn's <c>Descendants()</c> visits them).</summary>
    private static void PushChildren(Stack<IOperation> pending, IOperation operation)
    {
        foreach (var child in operation.ChildOperations.Reverse())
        {
            pending.Push(child);
        }
    }

    private static bool TrackLocal(
        Stack<IOperation> pending, IObjectCreationOperation creation, ILocalSymbol local, int usedFrom, ImmutableArray<MemberAssignment>.Builder assignments,
        ref ImmutableArray<ElementEntry>.Builder? elements, ref HashSet<string>? usedLater, CancellationToken cancellationToken)
    {
        var owner = EnclosingFunction(creation);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation.Syntax.FullSpan.End <= usedFrom)
            {
                continue; // it and all it holds end before the local can be used
            }

            PushChildren(pending, operation); // before the checks below, which may go on to the next operation
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (!Equals(EnclosingFunction(reference), owner))
            {
                return true; // captured by a lambda or local function: it may run anywhere
            }

            // Climb member accesses: request.InferenceConfig.MaxTokens, up to an indexer: container.Environment["K"]
            var path = ImmutableArray<string>.Empty;
            IOperation current = reference;
            var keyed = false;
            while (current.Parent is IMemberReferenceOperation member && member.Instance == current)
            {
                if (member is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer)
                {
                    keyed = true;
                    if (indexer.Parent is IAssignmentOperation set && set.Target == indexer)
                    {
                        AddElement(ref elements, new ElementEntry(path, indexer.Arguments[0].Value, set.Value, InInitializer: false));
                    }

                    break;
                }

                path = path.Add(member.Member.Name);
                current = member;
            }

            if (!keyed && current.Parent is IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add && add.Instance == current)
            {
                keyed = true;
                AddElement(ref elements, new ElementEntry(path, add.Arguments[0].Value, add.Arguments[1].Value, InInitializer: false));
            }

            if (path.Length > 0)
            {
                (usedLater ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(path[0]);
                if (!keyed && current.Parent is IAssignmentOperation assignment && assignment.Target == current)
                {
                    assignments.Add(new MemberAssignment(path, assignment.Value, InInitializer: false));
                    if (assignment.Value.WithoutConversions() is IObjectCreationOperation nested)
                    {
                        AddInitializer(nested.Initializer, path, assignments, ref elements);
                    }
                }

                continue;
            }

            if (keyed)
            {
                continue; // env["K"] = v, env.Add("K", v): building it, not letting it go
            }

            switch (Consumer(reference))
            {
                case IArgumentOperation argument when IsSdkCall(argument):
                case IAssignmentOperation target when target.Target == reference.WithEnclosingConversions():
                case ISimpleAssignmentOperation handedOver when handedOver.Value == reference.WithEnclosingConversions() && IsSdkProperty(handedOver.Target):
                    continue; // the SDK call itself, the local being (re)assigned, or handed to the SDK object it configures
                default:
                    return true; // returned, aliased, passed to a helper, stored
            }
        }

        return false;
    }

    /// <summary>The operation that consumes a value, looking through conversions and parentheses.</summary>
    private static IOperation? Consumer(IOperation operation) => operation.WithEnclosingConversions().Parent;

    /// <summary>A call into the AWS SDK (<c>ConverseAsync(request)</c>), a Microsoft.Extensions.AI chat call
    /// (<c>GetResponseAsync(messages, options)</c>) or Semantic Kernel (<c>new KernelArguments(settings)</c>,
    /// <c>InvokePromptAsync(prompt, arguments)</c>), or an AWS CDK constructor (<c>new CfnEndpointConfig(this, "Id", props)</c>):
    /// it sends the request, it does not complete it.</summary>
    private static bool IsSdkCall(IArgumentOperation argument)
    {
        var ns = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ContainingNamespace,
            IObjectCreationOperation { Constructor: { } constructor } => constructor.ContainingNamespace,
            _ => null,
        };
        return ns is not null && (IsAmazonNamespace(ns) || ns.IsNamespace("Microsoft.Extensions.AI") || IsSemanticKernelNamespace(ns));
    }

    private static bool IsSemanticKernelNamespace(INamespaceSymbol ns)
    {
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            if (current.IsNamespace("Microsoft.SemanticKernel"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A property of an AWS SDK object (<c>ContainerDefinition.Environment</c>).</summary>
    private static bool IsSdkProperty(IOperation target)
        => target is IPropertyReferenceOperation { Property.ContainingType.ContainingNamespace: { } ns } && IsAmazonNamespace(ns);

    private static bool IsAmazonNamespace(INamespaceSymbol ns)
    {
        while (ns.ContainingNamespace is { IsGlobalNamespace: false } outer)
        {
            ns = outer;
        }

        return ns.Name == "Amazon";
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

    private static bool PathEquals(ImmutableArray<string> path, string[] other)
    {
        if (path.Length != other.Length)
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }
}
