using System.Runtime.CompilerServices;

namespace GreenAnalyzers.Sinks;

/// <summary>Finds and names SDK symbols cheaply: lookups touch only the SDK assemblies, and comparisons build no strings.</summary>
internal static class SymbolLookup
{
    /// <summary>The assemblies whose types the rules look for (name prefixes): AWS SDK for .NET, ONNX Runtime, Anthropic's
    /// SDK, Microsoft.Extensions.AI, Semantic Kernel's Amazon connector, the AWS CDK for C#.</summary>
    private static readonly string[] s_sdkAssemblyPrefixes = { "AWSSDK.", "Microsoft.ML.OnnxRuntime", "Anthropic", "Microsoft.Extensions.AI", "Microsoft.SemanticKernel.Connectors.Amazon", "Amazon.CDK.Lib" };

    /// <summary>The SDK assemblies each compilation references, found once and shared by every analyzer (about forty lookups
    /// per compilation would otherwise each go through every reference). Weak: it lives as long as the compilation.</summary>
    private static readonly ConditionalWeakTable<Compilation, IAssemblySymbol[]> s_sdkAssemblies = new();

    /// <summary>All accessible types with this metadata name, in the compilation itself and in the SDK assemblies it references.
    /// Searching only those assemblies (not the ~200 of a .NET project) keeps projects without the SDKs from loading
    /// type tables they never use. <see cref="Compilation.GetTypeByMetadataName"/> would also return null when two
    /// references define the same type, which would silently switch a rule off.</summary>
    public static ImmutableArray<INamedTypeSymbol> TypesByMetadataName(Compilation compilation, string metadataName)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
        {
            builder.Add(own); // an SDK type declared in source (the SDK's own build; tests that stand in for an SDK version)
        }

        foreach (var assembly in s_sdkAssemblies.GetValue(compilation, SdkAssemblies))
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }

    private static IAssemblySymbol[] SdkAssemblies(Compilation compilation)
    {
        var found = new List<IAssemblySymbol>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (IsSdkAssembly(assembly.Identity.Name))
            {
                found.Add(assembly);
            }
        }

        return found.ToArray();
    }

    private static bool IsSdkAssembly(string name)
    {
        foreach (var prefix in s_sdkAssemblyPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a top-level type's namespace-qualified metadata name is <paramref name="metadataName"/>
    /// (<c>System.IO.Path</c>), compared part by part.</summary>
    public static bool HasMetadataName(this ITypeSymbol? type, string metadataName)
    {
        if (type is null || type.ContainingType is not null)
        {
            return false;
        }

        var name = type.MetadataName;
        var start = metadataName.Length - name.Length;
        return start >= 0
            && string.CompareOrdinal(metadataName, start, name, 0, name.Length) == 0
            && (start == 0
                ? type.ContainingNamespace is null or { IsGlobalNamespace: true }
                : metadataName[start - 1] == '.' && IsNamespace(type.ContainingNamespace, metadataName, start - 1));
    }

    /// <summary>Whether the type is <paramref name="metadataName"/> or derives from it (<c>AmazonBedrockRuntimeConfig</c> is
    /// an <c>Amazon.Runtime.ClientConfig</c>).</summary>
    public static bool IsOrDerivesFrom(this ITypeSymbol? type, string metadataName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.HasMetadataName(metadataName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the namespace is exactly <paramref name="name"/> (<c>Amazon.SageMaker</c>).</summary>
    public static bool IsNamespace(this INamespaceSymbol? ns, string name) => IsNamespace(ns, name, name.Length);

    /// <summary>Whether the namespace is the first <paramref name="length"/> characters of <paramref name="name"/>.</summary>
    private static bool IsNamespace(INamespaceSymbol? ns, string name, int length)
    {
        var end = length;
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var part = current.Name;
            var start = end - part.Length;
            if (start < 0 || string.CompareOrdinal(name, start, part, 0, part.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is null or { IsGlobalNamespace: true };
            }

            if (name[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return end == 0;
    }
}
