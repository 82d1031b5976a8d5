namespace GreenAnalyzers.Sinks;

/// <summary>The sink table resolved against one compilation: the sink types it can see, and their sinks. Built once per
/// compilation; empty when the compilation references none of the SDKs, so analyzers can register nothing. Members are
/// matched by name at the call site rather than loaded up front: loading every member of a large SDK type costs more
/// than the few matches a project makes.</summary>
internal sealed class SinkIndex
{
    private readonly Dictionary<ISymbol, Sink[]> _sinksByType;

    /// <summary>The distinct member names of the sinks (a property, or a method for a parameter sink): a handful. Every
    /// assignment of an SDK project comes through <see cref="TryMatch"/> in several analyzers, and most assign a member of
    /// another name; comparing a few names costs less than finding the member's type and looking it up (issue 21).</summary>
    private readonly string[] _memberNames;

    private SinkIndex(Dictionary<ISymbol, Sink[]> sinksByType, bool hasParameterSinks)
    {
        _sinksByType = sinksByType;
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sinks in sinksByType.Values)
        {
            foreach (var sink in sinks)
            {
                memberNames.Add(sink.MemberName);
            }
        }

        _memberNames = memberNames.ToArray();
        OperationKinds = hasParameterSinks
            ? ImmutableArray.Create(OperationKind.SimpleAssignment, OperationKind.Argument)
            : ImmutableArray.Create(OperationKind.SimpleAssignment);
    }

    public bool IsEmpty => _sinksByType.Count == 0;

    /// <summary>The operations a sink of this index can be: property assignments, and arguments when some sink is a
    /// parameter.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    /// <summary>The sinks of the given kinds that this compilation can see.</summary>
    public static SinkIndex Create(Compilation compilation, params ValueKind[] kinds)
    {
        var sinksByType = new Dictionary<ISymbol, Sink[]>(SymbolEqualityComparer.Default);
        var hasParameterSinks = false;
        foreach (var sink in SinkTable.All)
        {
            if (System.Array.IndexOf(kinds, sink.Kind) < 0)
            {
                continue;
            }

            foreach (var type in SymbolLookup.TypesByMetadataName(compilation, sink.TypeName))
            {
                sinksByType[type] = sinksByType.TryGetValue(type, out var sinks) ? Append(sinks, sink) : new[] { sink };
                hasParameterSinks |= sink.Shape == SinkShape.Parameter;
            }
        }

        return new SinkIndex(sinksByType, hasParameterSinks);
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
