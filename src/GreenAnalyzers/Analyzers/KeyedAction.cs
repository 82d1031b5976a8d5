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
            return;
        }

        var created = new HashSet<ITypeSymbol>(types, SymbolEqualityComparer.Default);
        context.RegisterOperationAction(
            operationContext =>
            {
                if (CreatedType(operationContext.Operation) is { } type && created.Contains(type))
                {
                    action(operationContext);
                }
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>Calls <paramref name="action"/> on each simple assignment to a property named one of <paramref name="names"/>
    /// (ordinal; an initializer's <c>Name = value</c> and a statement's <c>x.Name = value</c>).</summary>
    public static void RegisterPropertyAssignment(CompilationStartAnalysisContext context, IEnumerable<string> names, Action<OperationAnalysisContext> action)
    {
        if (context is IKeyedRegistration host)
        {
            host.RegisterPropertyAssignment(names, action);
            return;
        }

        var assigned = new HashSet<string>(names, StringComparer.Ordinal);
        context.RegisterOperationAction(
            operationContext =>
            {
                if (AssignedProperty(operationContext.Operation) is { } name && assigned.Contains(name))
                {
                    action(operationContext);
                }
            },
            OperationKind.SimpleAssignment);
    }

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
