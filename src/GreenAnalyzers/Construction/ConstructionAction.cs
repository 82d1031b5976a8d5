using GreenAnalyzers.Analyzers;

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
        var types = Types(context.Compilation, metadataNames.Select(name => (name, name)));
        if (types.Count == 0)
        {
            return false;
        }

        KeyedAction.RegisterCreation(
            context,
            types.Keys,
            operationContext =>
            {
                var creation = (IObjectCreationOperation)operationContext.Operation;
                if (TryMatch(creation, types, out _) && Judged(creation, includeEscaping, operationContext.CancellationToken) is { } construction)
                {
                    judge(operationContext, construction);
                }
            });
        return true;
    }

    /// <summary>The types <paramref name="names"/> denote in this compilation (<see cref="SymbolLookup.TypesByMetadataName"/>),
    /// each with what it means to the rule, found once: a creation is then matched by one lookup (<see cref="TryMatch"/>),
    /// not a comparison of names.</summary>
    public static Dictionary<ITypeSymbol, T> Types<T>(Compilation compilation, IEnumerable<(string MetadataName, T Meaning)> names)
    {
        var types = new Dictionary<ITypeSymbol, T>(SymbolEqualityComparer.Default);
        foreach (var (name, meaning) in names)
        {
            foreach (var type in SymbolLookup.TypesByMetadataName(compilation, name))
            {
                types[type] = meaning;
            }
        }

        return types;
    }

    /// <summary>Whether <paramref name="creation"/> builds one of <paramref name="types"/>, and what that type means.</summary>
    public static bool TryMatch<T>(IObjectCreationOperation creation, Dictionary<ITypeSymbol, T> types, out T meaning)
    {
        if (creation.Type is { } type && types.TryGetValue(type, out var found))
        {
            meaning = found;
            return true;
        }

        meaning = default!;
        return false;
    }

    /// <summary>How a matched request is built, to judge; null when it escapes its method, unless <paramref name="includeEscaping"/>:
    /// requests completed elsewhere are not judged.</summary>
    public static ObjectConstruction? Judged(IObjectCreationOperation creation, bool includeEscaping, CancellationToken cancellationToken)
        => ObjectConstruction.Analyze(creation, cancellationToken) is var construction && (includeEscaping || !construction.Escapes) ? construction : null;
}
