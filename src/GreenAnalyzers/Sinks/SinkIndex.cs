using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Sinks;

/// <summary>The sink table resolved against one compilation: symbols in, sinks out. Built once per compilation;
/// empty when the compilation references none of the SDKs, so analyzers can register nothing.</summary>
internal sealed class SinkIndex
{
    private readonly Dictionary<ISymbol, Sink> _sinks;

    private SinkIndex(Dictionary<ISymbol, Sink> sinks) => _sinks = sinks;

    public bool IsEmpty => _sinks.Count == 0;

    public bool HasParameterSinks { get; private set; }

    /// <summary>The sinks of the given kinds that this compilation can see.</summary>
    public static SinkIndex Create(Compilation compilation, params ValueKind[] kinds)
    {
        var sinks = new Dictionary<ISymbol, Sink>(SymbolEqualityComparer.Default);
        var index = new SinkIndex(sinks);
        foreach (var sink in SinkTable.All)
        {
            if (System.Array.IndexOf(kinds, sink.Kind) < 0)
            {
                continue;
            }

            foreach (var type in SymbolLookup.TypesByMetadataName(compilation, sink.TypeName))
            {
                foreach (var member in type.GetMembers(sink.MemberName))
                {
                    if (sink.Shape == SinkShape.Property && member is IPropertySymbol property)
                    {
                        sinks[property] = sink;
                    }
                    else if (sink.Shape == SinkShape.Parameter && member is IMethodSymbol method)
                    {
                        foreach (var parameter in method.Parameters)
                        {
                            if (parameter.Name == sink.ParameterName)
                            {
                                sinks[parameter] = sink;
                                index.HasParameterSinks = true;
                            }
                        }
                    }
                }
            }
        }

        return index;
    }

    /// <summary>Matches an assignment to a sink property (initializer or statement) or an argument to a sink
    /// parameter, and returns the operation that produces the value.</summary>
    public bool TryMatch(IOperation operation, out Sink sink, out IOperation value)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                when _sinks.TryGetValue(target.Property.OriginalDefinition, out sink!):
                value = assignment.Value;
                return true;

            case IArgumentOperation { Parameter: { } parameter, ArgumentKind: not ArgumentKind.DefaultValue } argument
                when TryGetParameterSink(parameter, out sink!):
                value = argument.Value;
                return true;
        }

        sink = null!;
        value = null!;
        return false;
    }

    private bool TryGetParameterSink(IParameterSymbol parameter, out Sink sink)
    {
        if (_sinks.TryGetValue(parameter.OriginalDefinition, out sink!))
        {
            return true;
        }

        // An extension method called in reduced form can surface the reduced method's parameters.
        if (parameter.ContainingSymbol is IMethodSymbol { ReducedFrom: { } unreduced })
        {
            foreach (var candidate in unreduced.Parameters)
            {
                if (candidate.Name == parameter.Name && _sinks.TryGetValue(candidate.OriginalDefinition, out sink!))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
