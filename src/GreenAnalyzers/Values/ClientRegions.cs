using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using GreenAnalyzers.Knowledge;
using GreenAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Values;

/// <summary>
/// The Region a Bedrock client is built with in the type that uses a model id (<c>new AmazonBedrockRuntimeClient(
/// RegionEndpoint.EUWest1)</c>, <c>RegionEndpoint.GetBySystemName("eu-west-1")</c>, also inside a config object passed
/// to the constructor), as the inference-profile geographies that keep inference near it. Empty when the type builds
/// no client with a constant Region, or clients in different geographies. Looked up only when a fix needs it, once per
/// type.
/// </summary>
internal sealed class ClientRegions(Compilation compilation)
{
    private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<string>> _byType = new();
    private RegionEndpoints? _regionEndpoints;

    public ImmutableArray<string> GeographiesAround(IOperation operation, CancellationToken cancellationToken)
    {
        var scope = (SyntaxNode?)operation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? operation.Syntax.SyntaxTree.GetRoot(cancellationToken);
        if (operation.SemanticModel is not { } model)
        {
            return ImmutableArray<string>.Empty;
        }

        if (_byType.TryGetValue(scope, out var found))
        {
            return found;
        }

        var regionEndpoints = LazyInitializer.EnsureInitialized(ref _regionEndpoints, () => new RegionEndpoints(compilation))!;
        return _byType.GetOrAdd(scope, Find(scope, model, regionEndpoints, cancellationToken)); // a race looks twice, harmlessly
    }

    private static ImmutableArray<string> Find(SyntaxNode scope, SemanticModel model, RegionEndpoints regionEndpoints, CancellationToken cancellationToken)
    {
        if (TokenSearch.MaySpellAny(scope, regionEndpoints.Names) == false)
        {
            return ImmutableArray<string>.Empty; // no identifier is a RegionEndpoint member or GetBySystemName: no Region
        }

        ImmutableArray<string>? found = null;
        foreach (var node in Creations(scope))
        {
            // Syntax first: only a creation whose arguments name a RegionEndpoint member or call GetBySystemName can say
            // where a client runs; its type is asked of the semantic model only then.
            if (node is not BaseObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: > 0 } arguments } creation
                || !regionEndpoints.MayName(arguments)
                || model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol { Name: "AmazonBedrockRuntimeClient" or "AmazonBedrockClient" } client
                || !(client.ContainingNamespace.IsNamespace("Amazon.BedrockRuntime") || client.ContainingNamespace.IsNamespace("Amazon.Bedrock")))
            {
                continue;
            }

            foreach (var argument in arguments.DescendantNodes())
            {
                var region = argument switch
                {
                    MemberAccessExpressionSyntax access when regionEndpoints.IsMemberName(access)
                        && regionEndpoints.IsMember(model.GetSymbolInfo(access, cancellationToken).Symbol) => access.Name.Identifier.ValueText,
                    InvocationExpressionSyntax invocation when IsGetBySystemName(invocation)
                        => model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Value as string,
                    _ => null,
                };
                if (region is null)
                {
                    continue;
                }

                var geographies = InvocableId.GeographiesOf(region);
                if (found is { } earlier && !earlier.SequenceEqual(geographies))
                {
                    return ImmutableArray<string>.Empty; // clients in two geographies: which one serves this call is unknown
                }

                found = geographies;
            }
        }

        return found ?? ImmutableArray<string>.Empty;
    }

    /// <summary>The object creations in <paramref name="scope"/>, found by their <c>new</c> keyword (which no escape can
    /// spell otherwise) through the text; where the text cannot tell, every node of the scope.</summary>
    private static IEnumerable<SyntaxNode> Creations(SyntaxNode scope)
    {
        var tokens = new List<SyntaxToken>();
        if (!TokenSearch.TryFind(scope, "new", identifier: false, tokens))
        {
            return scope.DescendantNodes();
        }

        var creations = new List<SyntaxNode>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.IsKind(SyntaxKind.NewKeyword) && token.Parent is BaseObjectCreationExpressionSyntax creation)
            {
                creations.Add(creation);
            }
        }

        return creations;
    }

    /// <summary><c>x.GetBySystemName(name)</c>.</summary>
    private static bool IsGetBySystemName(InvocationExpressionSyntax invocation)
        => invocation is { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBySystemName" }, ArgumentList.Arguments.Count: 1 };

    /// <summary><c>Amazon.RegionEndpoint</c> in this compilation (the SDK's, or one declared in source), and the names of
    /// its static fields and properties (<c>EUWest1</c>), each a Region: a member access of another name is none. Found
    /// on the first look-up, so a compilation that never needs a Region never loads the type's members.</summary>
    private sealed class RegionEndpoints
    {
        private readonly ImmutableArray<INamedTypeSymbol> _types;
        private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);

        public RegionEndpoints(Compilation compilation)
        {
            _types = SymbolLookup.TypesByMetadataName(compilation, "Amazon.RegionEndpoint");
            foreach (var type in _types)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true })
                    {
                        _memberNames.Add(member.Name);
                        Names.Add(member.Name);
                    }
                }
            }

            Names.Add("GetBySystemName");
        }

        /// <summary>Every name an identifier must have for a creation's arguments to give a Region.</summary>
        public TokenSearch.Words Names { get; } = new();

        /// <summary>Whether <paramref name="arguments"/> could give a Region: a member access with a RegionEndpoint
        /// member's name, or a <c>GetBySystemName</c> call, is among them (the config object's initializer included).</summary>
        public bool MayName(ArgumentListSyntax arguments)
        {
            foreach (var node in arguments.DescendantNodes())
            {
                if ((node is MemberAccessExpressionSyntax access && IsMemberName(access))
                    || (node is InvocationExpressionSyntax invocation && IsGetBySystemName(invocation)))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsMemberName(MemberAccessExpressionSyntax access) => _memberNames.Contains(access.Name.Identifier.ValueText);

        /// <summary>A static field or property of <c>Amazon.RegionEndpoint</c> (<c>RegionEndpoint.EUWest1</c>), by symbol.</summary>
        public bool IsMember(ISymbol? symbol)
        {
            if (symbol is not (IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }))
            {
                return false;
            }

            foreach (var type in _types)
            {
                if (SymbolEqualityComparer.Default.Equals(symbol.ContainingType, type))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
