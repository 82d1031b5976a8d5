namespace GreenAnalyzers.Values;

/// <summary>
/// Finds what a value operation is at compile time and where it is written: string literals, <c>const</c> fields
/// and locals, <c>static readonly</c> fields initialised with a constant, constant interpolations and
/// concatenations, ConstantClass static members, and strings converted implicitly to a ConstantClass (or any type
/// with a user-defined conversion from string), the AWS SDK's Regions (<c>RegionEndpoint.EUWest1</c> as a member,
/// <c>RegionEndpoint.GetBySystemName(name)</c> as the name it is given), and enum constants in any of those forms (a member, a cast, a
/// <c>const</c> or <c>static readonly</c> field holding one), and the AWS CDK's EC2 instance types
/// (<c>new InstanceType("g5.xlarge")</c>, and <c>InstanceType.Of(class, size)</c> as its two parts). Values held the way real code holds them are followed too
/// (see <c>ValueResolver.Flow.cs</c>): locals, fields written only by their initializer or in constructors, conditional
/// and <c>??</c> branches, and the elements of a constant collection a <c>foreach</c> walks; and, for a resolver given the
/// analyzer options, values read from the project's configuration files (see <c>ValueResolver.Configuration.cs</c>).
/// Anything else (parameters, environment variables, method results) is unknown. Created once per compilation.
/// </summary>
internal sealed partial class ValueResolver
{
    private const int MaxDepth = 8;
    private const string ConstantClassName = "Amazon.Runtime.ConstantClass";
    private const string RegionEndpointName = "Amazon.RegionEndpoint";

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _constantClass;

    public ValueResolver(Compilation compilation)
    {
        _compilation = compilation;
        var constantClasses = SymbolLookup.TypesByMetadataName(compilation, ConstantClassName);
        _constantClass = constantClasses.IsEmpty ? null : constantClasses[0];
    }

    /// <summary>The one value that reaches the sink, or null when it is unknown on some path or differs between paths.</summary>
    public ResolvedValue? Resolve(IOperation? operation, CancellationToken cancellationToken)
        => Resolve(operation, depth: 0, cancellationToken);

    /// <summary>Every known value that may reach the sink, each judged on its own: one value reaching it alone has no
    /// <see cref="ResolvedValue.Origin"/>; one of several (paths, branches, collection elements) carries the place it is
    /// written, where its finding sits. Unknown paths contribute nothing.</summary>
    public ResolvedValues ResolveEach(IOperation? operation, CancellationToken cancellationToken)
        => MayHaveSeveral(operation)
            ? Collect(operation, depth: 0, cancellationToken).Known
            : new ResolvedValues(Resolve(operation, depth: 0, cancellationToken)); // one value, or none: no array (issue 21)

    /// <summary>Every value that may reach the sink, each path's (as <see cref="ResolveEach"/> gives them), when every path's
    /// value is known; null when some path's is not. For a caller that must see all of them (the geography of a client's
    /// Region: a branch to another geography, or to an unknown Region, leaves it unknown).</summary>
    public ResolvedValues? ResolveEveryPath(IOperation? operation, CancellationToken cancellationToken)
    {
        if (MayHaveSeveral(operation))
        {
            var candidates = Collect(operation, depth: 0, cancellationToken);
            return candidates.HasUnknown || candidates.Known.IsEmpty ? null : candidates.Known;
        }

        return Resolve(operation, depth: 0, cancellationToken) is { } value ? new ResolvedValues(value) : null;
    }

    /// <summary>Whether the operation may give several values, so that they are collected rather than resolved as one: a
    /// value held in a form the flow follows (a conditional, a local or field written on several paths) or a configuration
    /// read (configuration files may hold several values for its key).</summary>
    private bool MayHaveSeveral(IOperation? operation)
        => IsFlow(operation) || (operation is not null && MayReadConfiguration(SkipConversions(operation)));

    private ResolvedValue? Resolve(IOperation? operation, int depth, CancellationToken cancellationToken)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (IsFlow(operation))
        {
            return Collect(operation, depth, cancellationToken).Single;
        }

        if (operation.Type?.TypeKind == TypeKind.Enum)
        {
            return ResolveEnum(operation, depth, cancellationToken);
        }

        operation = SkipConversions(operation);
        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                return new ResolvedValue(text, null, operation.Syntax);

            case ILocalReferenceOperation { Local.IsConst: true, ConstantValue: { HasValue: true, Value: string text } } local:
                return WrittenInInitializer(text, local.Local, depth, cancellationToken);

            case IFieldReferenceOperation fieldReference:
                return ResolveField(fieldReference, depth, cancellationToken);

            case IInterpolatedStringOperation or IBinaryOperation when operation.ConstantValue is { HasValue: true, Value: string text }:
                return WrittenInParts(text, operation, depth, cancellationToken);

            case IInterpolatedStringTextOperation textPart:
                return new ResolvedValue(textPart.Text.ConstantValue.Value as string, null, operation.Syntax);

            case IInterpolationOperation interpolation:
                return Resolve(interpolation.Expression, depth + 1, cancellationToken);

            case IObjectCreationOperation { Arguments.Length: 1 } creation
                when IsConstantClass(creation.Type) || creation.Type.HasMetadataName(CdkInstanceTypes.InstanceTypeName):
                // A ConstantClass, or the AWS CDK's InstanceType, which keeps the identifier it is given (new InstanceType("g5.xlarge")).
                return Resolve(creation.Arguments[0].Value, depth + 1, cancellationToken);

            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Of" }, Arguments.Length: 2 } of
                when of.Type.HasMetadataName(CdkInstanceTypes.InstanceTypeName):
                return ResolveParts(of, depth, cancellationToken);

            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FindValue" }, Arguments.Length: 1 } findValue
                when IsConstantClass(findValue.Type):
                return Resolve(findValue.Arguments[0].Value, depth + 1, cancellationToken);

            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "GetBySystemName" }, Arguments.Length: 1 } region
                when region.Type.HasMetadataName(RegionEndpointName):
                // The AWS SDK's RegionEndpoint.GetBySystemName("eu-west-1"): the Region is the system name it is given.
                return Resolve(region.Arguments[0].Value, depth + 1, cancellationToken);
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return new ResolvedValue(constant, null, operation.Syntax);
        }

        return MayReadConfiguration(operation) ? CollectConfiguration(operation, cancellationToken).Single : null;
    }

    /// <summary>A value a known factory builds from constants (the AWS CDK's <c>InstanceType.Of(class, size)</c>): each
    /// argument resolved, in parameter order; null when any is unknown (a parameter, a token).</summary>
    private ResolvedValue? ResolveParts(IInvocationOperation call, int depth, CancellationToken cancellationToken)
    {
        var parts = new ResolvedValue?[call.TargetMethod.Parameters.Length];
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { } parameter || Resolve(argument.Value, depth + 1, cancellationToken) is not { } part)
            {
                return null;
            }

            parts[parameter.Ordinal] = part;
        }

        var builder = ImmutableArray.CreateBuilder<ResolvedValue>(parts.Length);
        foreach (var part in parts)
        {
            if (part is null)
            {
                return null;
            }

            builder.Add(part);
        }

        return new ResolvedValue(builder.MoveToImmutable(), call.Syntax.GetLocation());
    }

    /// <summary>An enum value: a <c>const</c> local or field, or a <c>static readonly</c> field, resolves to its initializer;
    /// anything else constant (a member, a cast, a literal <c>0</c>) is written where it stands.</summary>
    private ResolvedValue? ResolveEnum(IOperation operation, int depth, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case ILocalReferenceOperation { Local.IsConst: true } local:
                return ResolveInitializer(local.Local, depth, cancellationToken);
            case IFieldReferenceOperation { Field: { ContainingType.TypeKind: not TypeKind.Enum } field }
                when field.IsConst || (field.IsStatic && field.IsReadOnly):
                return ResolveInitializer(field, depth, cancellationToken);
        }

        long? number = operation.ConstantValue is { HasValue: true, Value: var value } ? value switch
        {
            ulong big => unchecked((long)big),
            sbyte or byte or short or ushort or int or uint or long => System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        } : null;
        return number is null ? null : new ResolvedValue(null, null, operation.Syntax, number);
    }

    private ResolvedValue? ResolveField(IFieldReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        if (field.IsConst)
        {
            return reference.ConstantValue is { HasValue: true, Value: string text }
                ? WrittenInInitializer(text, field, depth, cancellationToken)
                : null;
        }

        if (!field.IsStatic || !field.IsReadOnly)
        {
            return null;
        }

        if (IsNamedConstants(field.Type) && !SymbolEqualityComparer.Default.Equals(field.ContainingType, field.Type))
        {
            // static readonly ProductionVariantInstanceType Serving = ProductionVariantInstanceType.MlG5Xlarge; names a
            // constant declared elsewhere: the value, and the place a fix edits, are its initializer's.
            return ResolveInitializer(field, depth, cancellationToken);
        }

        if (IsNamedConstants(field.Type))
        {
            // ProductionVariantInstanceType.MlG5Xlarge (or RegionEndpoint.EUWest1): the fix rewrites the member name. The
            // wire value is known only when the type itself is declared in source.
            var initializer = ResolveInitializer(field, depth, cancellationToken);
            var name = reference.Syntax is MemberAccessExpressionSyntax access ? access.Name : reference.Syntax;
            return new ResolvedValue(initializer?.Text, field, name);
        }

        // static readonly string Model = "..."; (or a CDK InstanceType): the value is what the initializer resolves to.
        return field.Type.SpecialType == SpecialType.System_String || field.Type.HasMetadataName(CdkInstanceTypes.InstanceTypeName)
            ? ResolveInitializer(field, depth, cancellationToken)
            : null;
    }

    // Write sites are found only when asked for (a finding's fix); the lambdas live here so that Resolve itself allocates
    // no closure on every call.
    private ResolvedValue WrittenInInitializer(string text, ISymbol symbol, int depth, CancellationToken cancellationToken)
        => new(text, () => SitesOfInitializer(symbol, depth, cancellationToken));

    private ResolvedValue WrittenInParts(string text, IOperation operation, int depth, CancellationToken cancellationToken)
        => new(text, () => SitesOfParts(operation, depth, cancellationToken));

    private ImmutableArray<Location> SitesOfInitializer(ISymbol symbol, int depth, CancellationToken cancellationToken)
        => ResolveInitializer(symbol, depth, cancellationToken)?.WriteSites ?? ImmutableArray<Location>.Empty;

    private ResolvedValue? ResolveInitializer(ISymbol symbol, int depth, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null; // declared in metadata, or declared twice (partial/erroneous code)
        }

        if (!_compilation.ContainsSyntaxTree(value.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // The initializer of a const or static readonly field may sit in another file; only that file's model can bind it. Rare, and cached by the compiler.
        var model = _compilation.GetSemanticModel(value.SyntaxTree);
#pragma warning restore RS1030
        return Resolve(model.GetOperation(value, cancellationToken), depth + 1, cancellationToken);
    }

    private ImmutableArray<Location> SitesOfParts(IOperation operation, int depth, CancellationToken cancellationToken)
    {
        var sites = ImmutableArray.CreateBuilder<Location>();
        foreach (var part in operation.ChildOperations)
        {
            if (Resolve(part, depth + 1, cancellationToken) is { } resolved)
            {
                sites.AddRange(resolved.WriteSites);
            }
        }

        return sites.ToImmutable();
    }

    /// <summary>Looks through implicit conversions, through user-defined conversions from string
    /// (<c>InstanceType = "ml.g5.xlarge"</c>, Anthropic's <c>ApiEnum</c>), and through ConstantClass's conversion to
    /// string (<c>string type = InstanceType.G5Xlarge</c>), all of which keep the value.</summary>
    private IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            if (conversion.OperatorMethod is { } method
                && (method.Parameters.Length != 1 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
                && !IsConstantClassToString(method))
            {
                break;
            }

            operation = conversion.Operand;
        }

        return operation;
    }

    private bool IsConstantClassToString(IMethodSymbol method)
        => method.ReturnType.SpecialType == SpecialType.System_String
           && SymbolEqualityComparer.Default.Equals(method.ContainingType, _constantClass);

    /// <summary>A type whose values are its own static readonly members, each named after the value it holds: a
    /// ConstantClass (<c>ProductionVariantInstanceType.MlG5Xlarge</c>), or the AWS SDK's <c>RegionEndpoint</c>
    /// (<c>RegionEndpoint.EUWest1</c> is <c>eu-west-1</c>), which is not one but is built the same way.</summary>
    private bool IsNamedConstants(ITypeSymbol? type) => IsConstantClass(type) || type.HasMetadataName(RegionEndpointName);

    private bool IsConstantClass(ITypeSymbol? type)
    {
        if (_constantClass is null)
        {
            return false;
        }

        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _constantClass))
            {
                return true;
            }
        }

        return false;
    }
}
