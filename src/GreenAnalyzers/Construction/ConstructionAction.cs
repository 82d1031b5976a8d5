namespace GreenAnalyzers.Construction;

/// <summary>Registers a rule that judges how SDK requests of given types are built within a method.</summary>
internal static class ConstructionAction
{
    /// <summary>Calls <paramref name="judge"/> for each creation of one of <paramref name="metadataNames"/> that does not
    /// escape its method. Registers nothing, and returns false, when the compilation knows none of the types.</summary>
    public static bool Register(
        CompilationStartAnalysisContext context, string metadataName, Action<OperationAnalysisContext, ObjectConstruction> judge)
        => Register(context, ImmutableArray.Create(metadataName), judge);

    /// <inheritdoc cref="Register(CompilationStartAnalysisContext, string, Action{OperationAnalysisContext, ObjectConstruction})"/>
    public static bool Register(
        CompilationStartAnalysisContext context, IEnumerable<string> metadataNames, Action<OperationAnalysisContext, ObjectConstruction> judge)
        => Register(context, metadataNames, judge, includeEscaping: false);

    /// <summary>As above; with <paramref name="includeEscaping"/>, requests that escape are judged too (the judge reads
    /// <see cref="ObjectConstruction.Escapes"/>): for what is written explicitly, which no helper elsewhere undoes.</summary>
    public static bool Register(
        CompilationStartAnalysisContext context, IEnumerable<string> metadataNames, Action<OperationAnalysisContext, ObjectConstruction> judge, bool includeEscaping)
    {
        var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in metadataNames)
        {
            types.UnionWith(SymbolLookup.TypesByMetadataName(context.Compilation, name));
        }

        if (types.Count == 0)
        {
            return false;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var creation = (IObjectCreationOperation)operationContext.Operation;
                if (creation.Type is null || !types.Contains(creation.Type))
                {
                    return;
                }

                var construction = ObjectConstruction.Analyze(creation, operationContext.CancellationToken);
                if (includeEscaping || !construction.Escapes)
                {
                    judge(operationContext, construction); // requests completed elsewhere are not judged
                }
            },
            OperationKind.ObjectCreation);
        return true;
    }
}
