using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Sinks;

internal static class SymbolLookup
{
    /// <summary>All accessible types with this metadata name. <see cref="Compilation.GetTypeByMetadataName"/>
    /// returns null when two references define the same type, which would silently switch a rule off.</summary>
    public static ImmutableArray<INamedTypeSymbol> TypesByMetadataName(Compilation compilation, string metadataName)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (type.DeclaredAccessibility == Accessibility.Public || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}
