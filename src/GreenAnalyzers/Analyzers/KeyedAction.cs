namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Registers an operation action that only some operations of its kind concern, named by a key the operation carries: an
/// object creation by its type, a property assignment by the property's name. Hosted by <see cref="RuleHost"/>, the
/// host looks the key up once per operation for every rule and calls only the rules it names; a rule run alone checks
/// the key itself. A creation's key is its type's definition, so the creations of a generic type come under the type
/// that names it. SDK code creates about 400 objects and assigns about 900 properties per kLOC, each seen by five to
/// eight rules, nearly all of which wanted another type or property (issue 21: that fan-out was the largest single cost
/// of GreenAnalyzers in a warm build of SDK code).
/// The action must itself check what the key says, or more: the key only decides whom the host calls.
/// </summary>
internal static class KeyedAction
{
    /// <summary>Calls <paramref name="action"/> on each creation of one of <paramref name="types"/> (definitions, as
    /// <c>GetTypeByMetadataName</c> finds them), compared by <see cref="SymbolEqualityComparer.Default"/> with the
    /// definition of the creation's type.</summary>
    public static void RegisterCreation(CompilationStartAnalysisContext context, IEnumerable<ITypeSymbol> types, Action<OperationAnalysisContext> action)
    {
        if (context is IKeyedRegistration host)
        {
            host.RegisterCreation(types, action);
        }
        else
        {
            RegisterFiltered(context, OperationKind.ObjectCreation, CreatedType, new HashSet<ITypeSymbol>(types, SymbolEqualityComparer.Default), action);
        }
    }

    /// <summary>Calls <paramref name="action"/> on each simple assignment to a property named one of <paramref name="names"/>
    /// (ordinal; an initializer's <c>Name = value</c> and a statement's <c>x.Name = value</c>).</summary>
    public static void RegisterPropertyAssignment(CompilationStartAnalysisContext context, IEnumerable<string> names, Action<OperationAnalysisContext> action)
    {
        if (context is IKeyedRegistration host)
        {
            host.RegisterPropertyAssignment(names, action);
        }
        else
        {
            RegisterFiltered(context, OperationKind.SimpleAssignment, AssignedProperty, new HashSet<string>(names, StringComparer.Ordinal), action);
        }
    }

    /// <summary>A rule run alone: its action on the operations of <paramref name="kind"/> whose key is one of <paramref name="keys"/>.</summary>
    private static void RegisterFiltered<TKey>(
        CompilationStartAnalysisContext context, OperationKind kind, Func<IOperation, TKey?> keyOf, HashSet<TKey> keys, Action<OperationAnalysisContext> action)
        where TKey : class
        => context.RegisterOperationAction(
            operationContext =>
            {
                if (keyOf(operationContext.Operation) is { } key && keys.Contains(key))
                {
                    action(operationContext);
                }
            },
            kind);

    /// <summary>The key of a creation: the definition of the type it creates.</summary>
    public static ITypeSymbol? CreatedType(IOperation operation) => ((IObjectCreationOperation)operation).Type?.OriginalDefinition;

    /// <summary>The key of an assignment: the name of the property assigned; null for any other target.</summary>
    public static string? AssignedProperty(IOperation operation)
        => ((ISimpleAssignmentOperation)operation).Target is IPropertyReferenceOperation { Property: var property } ? property.Name : null;
}

/// <summary>A compilation start context that dispatches keyed actions itself (<see cref="RuleHost"/>'s).</summary>
internal interface IKeyedRegistration
{
    void RegisterCreation(IEnumerable<ITypeSymbol> types, Action<OperationAnalysisContext> action);

    void RegisterPropertyAssignment(IEnumerable<string> names, Action<OperationAnalysisContext> action);
}
