using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using GreenAnalyzers.Construction;
using GreenAnalyzers.Knowledge;
using GreenAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Values;

/// <summary>
/// The Region the Bedrock clients are built with in the type that uses a model id, as the inference-profile geographies
/// that keep inference near it. A client's Region is the <c>RegionEndpoint</c> it is given, or the one written to the
/// config object it is given (in its initializer, or by <c>config.RegionEndpoint = …</c> on a local before the client is
/// built), resolved by the <see cref="ValueResolver"/> in every form it follows (<c>RegionEndpoint.EUWest1</c>,
/// <c>GetBySystemName("eu-west-1")</c>, <c>using static</c>, aliases, locals, fields, constants, each branch of a
/// conditional or each path's write). Empty when the type builds no client, when some client's Region is not known on
/// every path (a parameter, the SDK's default chain, a config given a <c>ServiceURL</c>), when clients or paths are in
/// different geographies, when the type is declared in parts, or when it receives or holds a client it does not build
/// (<see cref="HoldsClientsFromElsewhere"/>): which one serves the call is then unknown. Looked up only when a fix needs
/// it, once per type.
/// </summary>
internal sealed class ClientRegions(Compilation compilation, ValueResolver resolver)
{
    private static readonly string[] s_clientTypeNames = { "AmazonBedrockRuntimeClient", "AmazonBedrockClient" };

    private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<string>> _byType = new();
    private Names? _names;
    private GlobalAliases? _globalAliases;

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

        var names = LazyInitializer.EnsureInitialized(ref _names, () => new Names(compilation))!;
        return _byType.GetOrAdd(scope, Find(scope, model, names, cancellationToken)); // a race looks twice, harmlessly
    }

    private ImmutableArray<string> Find(SyntaxNode scope, SemanticModel model, Names names, CancellationToken cancellationToken)
    {
        var aliases = ClientAliases(scope, model, cancellationToken);
        if (TokenSearch.MaySpellAny(scope, aliases is null ? names.Words : names.With(aliases)) == false)
        {
            return ImmutableArray<string>.Empty; // no identifier names a client type or a Region: no client is built here
        }

        ImmutableArray<string>? found = null;
        foreach (var node in Creations(scope))
        {
            // Syntax first: only a creation whose type is written as a client's name (or an alias of it), or left to the
            // target (new(…)), is asked of the semantic model.
            if (!MayBeClient(node, aliases)
                || model.GetOperation(node, cancellationToken) is not IObjectCreationOperation { Type: INamedTypeSymbol client } creation
                || !IsClient(client))
            {
                continue;
            }

            if (RegionWritten(creation, cancellationToken) is not { } written || resolver.ResolveEveryPath(written, cancellationToken) is not { } regions)
            {
                return ImmutableArray<string>.Empty; // a client whose Region is not known here may be the one that serves the call
            }

            foreach (var region in regions)
            {
                if (NameOf(region) is not { } name)
                {
                    return ImmutableArray<string>.Empty;
                }

                var geographies = InvocableId.GeographiesOf(name);
                if (found is { } earlier && !earlier.SequenceEqual(geographies))
                {
                    return ImmutableArray<string>.Empty; // clients (or paths) in two geographies: which one serves this call is unknown
                }

                found = geographies;
            }
        }

        if (found is not { } geography)
        {
            return ImmutableArray<string>.Empty;
        }

        // Top-level statements (Program.cs) have no type declaration: the file is the scope, and its locals, lambdas and
        // local functions are read as a type's are.
        var type = scope is TypeDeclarationSyntax declaration ? model.GetDeclaredSymbol(declaration, cancellationToken) : null;
        return type?.DeclaringSyntaxReferences.Length > 1 || HoldsClientsFromElsewhere(type, scope, model, cancellationToken)
            ? ImmutableArray<string>.Empty // another part of a partial type, or a client built elsewhere, may serve the call
            : geography;
    }

    /// <summary>Whether the type receives or holds a Bedrock client (a client class, a subclass, or <c>IAmazonBedrockRuntime</c>
    /// / <c>IAmazonBedrock</c>, by symbol) that it does not create here: a property that is not an auto-property; a field or
    /// auto-property that code outside the type may set; a field, auto-property or local written with anything but the
    /// creation of a client (its initializer, an assignment in the type, <c>ref</c> / <c>out</c>); a local a <c>foreach</c>,
    /// a pattern or an <c>out var</c> declares; a parameter (of a constructor, a primary one too, a method, a local function
    /// or a lambda). Asked only once the type's own clients give one geography, so the walk is once per such type. Without
    /// a type (top-level statements) only the walk applies.</summary>
    private static bool HoldsClientsFromElsewhere(INamedTypeSymbol? type, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var member in type?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
        {
            switch (member)
            {
                case IPropertySymbol { IsIndexer: false } property when IsAnyClient(property.Type) && !IsAutoProperty(property):
                case IFieldSymbol field when IsAnyClient(field.Type)
                    && (SetFromOutside(field) || !OnlyCreated(field.AssociatedSymbol ?? field, scope, model, cancellationToken)):
                    return true;
            }
        }

        foreach (var node in scope.DescendantNodes())
        {
            var declared = node switch
            {
                VariableDeclaratorSyntax { Parent.Parent: not (BaseFieldDeclarationSyntax or FixedStatementSyntax) } declarator => model.GetDeclaredSymbol(declarator, cancellationToken),
                ForEachStatementSyntax loop => model.GetDeclaredSymbol(loop, cancellationToken),
                SingleVariableDesignationSyntax designation => model.GetDeclaredSymbol(designation, cancellationToken),
                ParameterSyntax parameter => model.GetDeclaredSymbol(parameter, cancellationToken),
                _ => null,
            };
            var held = declared switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            if (held is not null && IsAnyClient(held)
                && (node is not VariableDeclaratorSyntax || !OnlyCreated(declared!, scope, model, cancellationToken)))
            {
                return true; // a client from a factory, a caller, a collection or a pattern: its Region is where it is built
            }
        }

        return false;
    }

    private static bool IsAnyClient(ITypeSymbol type)
        => IsClientInterface(type) || type.AllInterfaces.Any(IsClientInterface);

    private static bool IsClientInterface(ITypeSymbol type)
        => type.HasMetadataName("Amazon.BedrockRuntime.IAmazonBedrockRuntime") || type.HasMetadataName("Amazon.Bedrock.IAmazonBedrock");

    private static bool IsAutoProperty(IPropertySymbol property)
        => property.ContainingType.GetMembers().Any(member => member is IFieldSymbol { AssociatedSymbol: { } associated } && SymbolEqualityComparer.Default.Equals(associated, property));

    /// <summary>Whether code outside the type may write the field (or the auto-property it backs).</summary>
    private static bool SetFromOutside(IFieldSymbol field) => field.AssociatedSymbol is IPropertySymbol property
        ? property.SetMethod is { DeclaredAccessibility: not Accessibility.Private }
        : field.DeclaredAccessibility != Accessibility.Private && !field.IsReadOnly;

    /// <summary>Whether every write of the field, auto-property or local in <paramref name="scope"/> (its initializer, an
    /// assignment, a <c>ref</c> or <c>out</c> argument) creates a Bedrock client there, by <c>new</c>.</summary>
    private static bool OnlyCreated(ISymbol member, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        var tokens = new List<SyntaxToken>();
        var named = TokenSearch.TryFind(scope, member.Name, identifier: true, tokens)
            ? tokens
            : scope.DescendantTokens().Where(token => token.ValueText == member.Name);
        foreach (var token in named)
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != member.Name)
            {
                continue;
            }

            var written = token.Parent switch
            {
                VariableDeclaratorSyntax { Initializer.Value: var value } declarator when IsMember(model.GetDeclaredSymbol(declarator, cancellationToken)) => value,
                PropertyDeclarationSyntax { Initializer.Value: var value } declaration when IsMember(model.GetDeclaredSymbol(declaration, cancellationToken)) => value,
                _ => null,
            };
            if (written is null && token.Parent is IdentifierNameSyntax name)
            {
                var reference = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
                if (reference.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } && IsMember(model.GetSymbolInfo(name, cancellationToken).Symbol))
                {
                    return false; // ref or out: a method writes it
                }

                if (reference.Parent is AssignmentExpressionSyntax assignment && assignment.Left == reference && IsMember(model.GetSymbolInfo(name, cancellationToken).Symbol))
                {
                    written = assignment.Right;
                }
            }

            if (written is not null && !CreatesClient(written))
            {
                return false;
            }
        }

        return true;

        bool IsMember(ISymbol? symbol) => SymbolEqualityComparer.Default.Equals(symbol, member);

        bool CreatesClient(ExpressionSyntax value)
            => model.GetOperation(value, cancellationToken)?.WithoutConversions() is IObjectCreationOperation { Type: INamedTypeSymbol created } && IsClient(created);
    }

    /// <summary>Where the Region a client is built with is written: the <c>RegionEndpoint</c> argument, or the Region written
    /// to the config argument. Null when none is (the SDK then finds one at run time, in the environment or the profile).</summary>
    private IOperation? RegionWritten(IObjectCreationOperation client, CancellationToken cancellationToken)
    {
        foreach (var argument in client.Arguments)
        {
            var type = argument.Parameter?.Type;
            if (type.HasMetadataName("Amazon.RegionEndpoint"))
            {
                return argument.Value;
            }

            if (type.IsOrDerivesFrom("Amazon.Runtime.ClientConfig"))
            {
                return ConfiguredRegion(argument.Value, client, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The Region's name (a system name, <c>eu-west-1</c>, or a <c>RegionEndpoint</c> member's, <c>EUWest1</c>); none
    /// for one read from a configuration file, which a deployment overrides (per environment, by an environment variable)
    /// more often than not: a fix must not move the call's geography on it.</summary>
    internal static string? NameOf(ResolvedValue? region)
        => region is null || region.Configuration is not null ? null : region.Text ?? region.ConstantMember?.Name;

    /// <summary>The value written to the <c>RegionEndpoint</c> of a config object created in place or held in a local
    /// written once: the last write of its initializer (<c>new AmazonBedrockRuntimeConfig { RegionEndpoint = … }</c>) and of
    /// the statements after it that always run before the client is built (<c>config.RegionEndpoint = …;</c> in the block that
    /// declares it). Null when it is not written, written on some path only or after the client is built, when a
    /// <c>ServiceURL</c> is written (an endpoint, whatever Region it names), or the object escapes (a helper, a field) where
    /// something else may set it.</summary>
    private IOperation? ConfiguredRegion(IOperation config, IObjectCreationOperation client, CancellationToken cancellationToken)
    {
        var held = config.WithoutConversions();
        if ((held as IObjectCreationOperation ?? (held is ILocalReferenceOperation ? resolver.SingleWrite(held, cancellationToken)?.WithoutConversions() : null))
            is not IObjectCreationOperation creation)
        {
            return null;
        }

        var construction = ObjectConstruction.Analyze(creation, cancellationToken);
        if (construction.Escapes)
        {
            return null;
        }

        IOperation? region = null;
        foreach (var assignment in construction.Assignments) // in the order they are written
        {
            if (assignment.Path.Length == 1 && assignment.Path[0] == "ServiceURL")
            {
                return null; // an endpoint URL: RegionEndpoint and ServiceURL are exclusive, the last written wins (AWSSDK.Core ClientConfig)
            }

            if (assignment.Path.Length == 1 && assignment.Path[0] == "RegionEndpoint")
            {
                if (!assignment.InInitializer && !RunsBefore(assignment.Value, creation, client))
                {
                    return null; // on some path only (a branch, a loop), or after the client is built
                }

                region = assignment.Value;
            }
        }

        return region;
    }

    /// <summary>Whether the statement writing <paramref name="written"/> always runs after the config is created and before the
    /// client is: a simple assignment (not <c>??=</c>, a fallback to the Region the SDK may find) that is a statement of the
    /// block that declares the config, ahead of the client's creation.</summary>
    private static bool RunsBefore(IOperation written, IObjectCreationOperation config, IObjectCreationOperation client)
        => written.Syntax.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax { Parent: BlockSyntax block } statement }
           && config.Syntax.FirstAncestorOrSelf<StatementSyntax>()?.Parent == block
           && statement.Span.End <= client.Syntax.SpanStart
           && block.Span.Contains(client.Syntax.Span);

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

    private static bool IsClient(INamedTypeSymbol type)
        => Array.IndexOf(s_clientTypeNames, type.Name) >= 0
           && (type.ContainingNamespace.IsNamespace("Amazon.BedrockRuntime") || type.ContainingNamespace.IsNamespace("Amazon.Bedrock"));

    /// <summary>The aliases of a client type in scope in <paramref name="scope"/> (<c>using Client =
    /// Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;</c> in the file or its namespace, or a <c>global using</c> anywhere),
    /// by symbol; null when there are none, as in most files. A file that declares no alias itself sees only the global
    /// ones, the same in every such file: those are asked of the semantic model once per compilation (building the import
    /// scopes of every type was most of this class's cost, issue 21).</summary>
    private List<string>? ClientAliases(SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
        => DeclaresAliases(scope)
            ? AliasesInScope(model, scope.SpanStart, cancellationToken)
            : LazyInitializer.EnsureInitialized(ref _globalAliases, () => new GlobalAliases(AliasesInScope(model, scope.SpanStart, cancellationToken)))!.Names;

    /// <summary>Whether a using alias directive (global or not) is written in the file or a namespace around <paramref
    /// name="scope"/>.</summary>
    internal static bool DeclaresAliases(SyntaxNode scope)
    {
        for (var node = scope; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                BaseNamespaceDeclarationSyntax declaration => declaration.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<string>? AliasesInScope(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        List<string>? aliases = null;
        foreach (var imports in model.GetImportScopes(position, cancellationToken))
        {
            foreach (var alias in imports.Aliases)
            {
                if (alias.Target is INamedTypeSymbol type && IsClient(type))
                {
                    (aliases ??= new List<string>()).Add(alias.Name);
                }
            }
        }

        return aliases;
    }

    /// <summary>The client aliases of the compilation's global usings (null when none).</summary>
    private sealed class GlobalAliases(List<string>? names)
    {
        public List<string>? Names { get; } = names;
    }

    /// <summary>Whether a creation may build a Bedrock client: its type is left to the target, or written with the name of a
    /// client type or of one of <paramref name="aliases"/>.</summary>
    private static bool MayBeClient(SyntaxNode creation, List<string>? aliases) => creation switch
    {
        ImplicitObjectCreationExpressionSyntax => true,
        ObjectCreationExpressionSyntax { Type: var type } => Rightmost(type) is IdentifierNameSyntax { Identifier.ValueText: var name }
            && (Array.IndexOf(s_clientTypeNames, name) >= 0 || aliases?.Contains(name) == true),
        _ => false,
    };

    private static TypeSyntax Rightmost(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax aliased => aliased.Name,
        _ => type,
    };

    /// <summary>The words an identifier in a type must spell for the type to build a Bedrock client with a Region, found on
    /// the first look-up of a compilation: the client types' names and, for a client created as <c>new(…)</c> where its type
    /// is not written, the static member names of <c>Amazon.RegionEndpoint</c> and <c>GetBySystemName</c>.</summary>
    private sealed class Names
    {
        private readonly List<string> _all = new(s_clientTypeNames);

        public Names(Compilation compilation)
        {
            foreach (var type in SymbolLookup.TypesByMetadataName(compilation, "Amazon.RegionEndpoint"))
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true })
                    {
                        _all.Add(member.Name);
                    }
                }
            }

            _all.Add("GetBySystemName");
            Words = With(Array.Empty<string>());
        }

        public TokenSearch.Words Words { get; }

        /// <summary>These words and <paramref name="more"/> (a file's client aliases).</summary>
        public TokenSearch.Words With(IEnumerable<string> more)
        {
            var words = new TokenSearch.Words();
            foreach (var word in _all.Concat(more))
            {
                words.Add(word);
            }

            return words;
        }
    }
}
