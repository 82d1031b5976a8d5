using GreenAnalyzers.Analyzers;

namespace GreenAnalyzers.Sinks;

/// <summary>The sink table resolved against one compilation: the sink types it can see, and their sinks. Built once per
/// compilation; empty when the compilation references none of the SDKs, so analyzers can register nothing. Members are
/// matched by name at the call site rather than loaded up front: loading every member of a large SDK type costs more
/// than the few matches a project makes.</summary>
internal sealed class SinkIndex
{
    private readonly Dictionary<ISymbol, Sink[]> _sinksByType;

    /// <summary>The distinct member names of the sinks (a property, or a method for a parameter sink): a handful. Most
    /// calls a sink index is given name another method; comparing a few names costs less than finding the member's type
    /// and looking it up (issue 21).</summary>
    private readonly string[] _memberNames;

    /// <summary>The names of the property sinks: what an assignment is dispatched by (<see cref="RegisterHolders"/>).</summary>
    private readonly ImmutableArray<string> _propertyNames;

    /// <summary>The types with a constructor parameter sink: what a creation is dispatched by.</summary>
    private readonly ImmutableArray<ITypeSymbol> _constructedTypes;

    /// <summary>Whether a method's parameter is a sink: then every call is looked at (its method's name decides).</summary>
    private readonly bool _hasMethodParameterSinks;

    private const string ConstructorName = ".ctor";

    private SinkIndex(Dictionary<ISymbol, Sink[]> sinksByType)
    {
        _sinksByType = sinksByType;
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        var propertyNames = new HashSet<string>(StringComparer.Ordinal);
        var constructedTypes = new List<ITypeSymbol>();
        foreach (var pair in sinksByType)
        {
            foreach (var sink in pair.Value)
            {
                memberNames.Add(sink.MemberName);
                if (sink.Shape == SinkShape.Property)
                {
                    propertyNames.Add(sink.MemberName);
                }
                else if (sink.MemberName == ConstructorName)
                {
                    constructedTypes.Add((ITypeSymbol)pair.Key);
                }
                else
                {
                    _hasMethodParameterSinks = true;
                }
            }
        }

        _memberNames = memberNames.ToArray();
        _propertyNames = propertyNames.ToImmutableArray();
        _constructedTypes = constructedTypes.Distinct<ITypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
    }

    public bool IsEmpty => _sinksByType.Count == 0;

    /// <summary>Registers <paramref name="action"/> on the operations that may hold a sink of this index
    /// (<see cref="ForEachMatch"/>): assignments to a property named like a sink and creations of a type whose
    /// constructor has a sink parameter (<see cref="KeyedAction"/>: the others are not called back), and, when any
    /// parameter is a sink, every call (a constructor initializer <c>: base(id)</c> is one), whose arguments may be one. Not
    /// the arguments themselves: SDK code has about 300 arguments per kLOC, most to methods named like no sink, and a
    /// callback for each cost more than a look at the name of the method of each call, which other rules are called back
    /// for anyway (issue 21).</summary>
    public void RegisterHolders(CompilationStartAnalysisContext context, Action<OperationAnalysisContext> action)
    {
        if (!_propertyNames.IsEmpty)
        {
            KeyedAction.RegisterPropertyAssignment(context, _propertyNames, action);
        }

        if (!_constructedTypes.IsEmpty)
        {
            KeyedAction.RegisterCreation(context, _constructedTypes, action);
        }

        if (_hasMethodParameterSinks || !_constructedTypes.IsEmpty)
        {
            context.RegisterOperationAction(action, OperationKind.Invocation);
        }
    }

    /// <summary>Calls <paramref name="visit"/> for each sink <paramref name="operation"/> (received by a callback of
    /// <see cref="RegisterHolders"/>) holds: with the assignment or argument that is the sink, the sink, and the operation
    /// that produces the value. A call (a constructor initializer <c>: base(id)</c> is one) or a creation holds one per
    /// argument that is a sink parameter; its arguments are looked at only when the method is named like a sink.</summary>
    public void ForEachMatch<TState>(IOperation operation, TState state, Action<IOperation, Sink, IOperation, TState> visit)
    {
        var arguments = operation switch
        {
            IInvocationOperation invocation when IsMemberName(invocation.TargetMethod.Name) => invocation.Arguments,
            IObjectCreationOperation { Constructor: { } constructor } creation when IsMemberName(constructor.Name) => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        if (operation.Kind == OperationKind.SimpleAssignment && TryMatch(operation, out var sink, out var value))
        {
            visit(operation, sink, value, state);
        }

        foreach (var argument in arguments)
        {
            if (TryMatch(argument, out sink, out value))
            {
                visit(argument, sink, value, state);
            }
        }
    }

    /// <summary>The sinks of the given kinds that this compilation can see.</summary>
    public static SinkIndex Create(Compilation compilation, params ValueKind[] kinds)
    {
        var sinksByType = new Dictionary<ISymbol, Sink[]>(SymbolEqualityComparer.Default);
        foreach (var sink in SinkTable.All)
        {
            if (System.Array.IndexOf(kinds, sink.Kind) < 0)
            {
                continue;
            }

            foreach (var type in SymbolLookup.TypesByMetadataName(compilation, sink.TypeName))
            {
                sinksByType[type] = sinksByType.TryGetValue(type, out var sinks) ? Append(sinks, sink) : new[] { sink };
            }
        }

        return new SinkIndex(sinksByType);
    }

    /// <summary>Matches an assignment to a sink property (initializer or statement) or an argument to a sink
    /// parameter, and returns the operation that produces the value.</summary>
    public bool TryMatch(IOperation operation, out Sink sink, out IOperation value)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                when IsMemberName(property.Name) && TryFind(property.ContainingType, SinkShape.Property, property.Name, null, out sink!):
                value = assignment.Value;
                return true;

            case IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter, ArgumentKind: not ArgumentKind.DefaultValue } argument
                when IsMemberName(method.Name) && TryFind(method.ContainingType, SinkShape.Parameter, method.Name, parameter.Name, out sink!):
                // An extension method called in reduced form (client.AsIChatClient(id)) keeps its name, type and parameter names.
                value = argument.Value;
                return true;
        }

        sink = null!;
        value = null!;
        return false;
    }

    private bool IsMemberName(string name)
    {
        foreach (var memberName in _memberNames)
        {
            if (string.Equals(memberName, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryFind(INamedTypeSymbol? type, SinkShape shape, string memberName, string? parameterName, out Sink sink)
    {
        if (type is not null && _sinksByType.TryGetValue(type.OriginalDefinition, out var sinks))
        {
            foreach (var candidate in sinks)
            {
                if (candidate.Shape == shape && candidate.MemberName == memberName && candidate.ParameterName == parameterName)
                {
                    sink = candidate;
                    return true;
                }
            }
        }

        sink = null!;
        return false;
    }

    private static Sink[] Append(Sink[] sinks, Sink sink)
    {
        var longer = new Sink[sinks.Length + 1];
        sinks.CopyTo(longer, 0);
        longer[sinks.Length] = sink;
        return longer;
    }
}
