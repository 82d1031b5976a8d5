using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GreenAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Values;

/// <summary>
/// The Region a Bedrock client is built with in the type that uses a model id (<c>new AmazonBedrockRuntimeClient(
/// RegionEndpoint.EUWest1)</c>, <c>RegionEndpoint.GetBySystemName("eu-west-1")</c>, also inside a config object passed
/// to the constructor), as the inference-profile geographies that keep inference near it. Empty when the type builds
/// no client with a constant Region, or clients in different geographies. Looked up only when a fix needs it, once per
/// type.
/// </summary>
internal sealed class ClientRegions
{
    private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<string>> _byType = new();

    public ImmutableArray<string> GeographiesAround(IOperation operation, CancellationToken cancellationToken)
    {
        var scope = (SyntaxNode?)operation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? operation.Syntax.SyntaxTree.GetRoot(cancellationToken);
        return operation.SemanticModel is not { } model
            ? ImmutableArray<string>.Empty
            : _byType.GetOrAdd(scope, s => Find(s, model, cancellationToken));
    }

    private static ImmutableArray<string> Find(SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        ImmutableArray<string>? found = null;
        foreach (var creation in scope.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (creation.ArgumentList is not { Arguments.Count: > 0 } arguments
                || model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol { Name: "AmazonBedrockRuntimeClient" or "AmazonBedrockClient" } client
                || client.ContainingNamespace?.ToDisplayString() is not ("Amazon.BedrockRuntime" or "Amazon.Bedrock"))
            {
                continue;
            }

            foreach (var node in arguments.DescendantNodes())
            {
                var region = node switch
                {
                    MemberAccessExpressionSyntax access when IsRegionEndpoint(model.GetSymbolInfo(access, cancellationToken).Symbol) => access.Name.Identifier.ValueText,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBySystemName" }, ArgumentList.Arguments.Count: 1 } invocation
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

    /// <summary>A static <c>Amazon.RegionEndpoint</c> field or property (<c>RegionEndpoint.EUWest1</c>).</summary>
    private static bool IsRegionEndpoint(ISymbol? symbol)
        => symbol is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }
            && symbol.ContainingType is { Name: "RegionEndpoint", ContainingNamespace.Name: "Amazon" };
}
