using GreenAnalyzers.Json;

namespace GreenAnalyzers.Construction;

/// <summary>
/// The member names of a JSON request body built in one method, as far as the code shows them: an anonymous object,
/// a <c>JsonObject</c> or string-keyed dictionary (its initializer, and keys added later through the local that holds
/// it), or a constant JSON string, seen through <c>JsonSerializer.Serialize*</c>, <c>ToJsonString()</c>,
/// <c>JsonNode.Parse</c>, <c>Encoding.*.GetBytes</c> and <c>new MemoryStream(bytes)</c>. A body of any other shape (a typed
/// request class, text built at run time, an object passed to a helper) is unknown: <see cref="Of"/> returns null.
/// </summary>
internal sealed class JsonBodyShape
{
    private const int MaxDepth = 12;

    private readonly Dictionary<string, JsonBodyShape?> _members = new(System.StringComparer.Ordinal);

    /// <summary>Whether the body has this member; <paramref name="shape"/> is its own shape when it is an object we can read.
    /// Names compare without case or underscores: a serializer's naming policy may turn <c>maxGenLen</c> into
    /// <c>max_gen_len</c>, and a near miss is better left silent than reported.</summary>
    public bool Has(string name, out JsonBodyShape? shape) => _members.TryGetValue(Normalize(name), out shape);

    public bool Has(string name) => _members.ContainsKey(Normalize(name));

    private void Add(string name, JsonBodyShape? shape) => _members[Normalize(name)] = shape;

    private static string Normalize(string name) => name.Replace("_", string.Empty).ToLowerInvariant();

    /// <summary>The shape of the object a body expression produces, or null when the code does not show it.</summary>
    public static JsonBodyShape? Of(IOperation body, ValueResolver resolver, CancellationToken cancellationToken)
        => Of(body, resolver, depth: 0, cancellationToken);

    private static JsonBodyShape? Of(IOperation operation, ValueResolver resolver, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        operation = operation.WithoutConversions();
        if (operation.Type?.SpecialType == SpecialType.System_String && resolver.Resolve(operation, cancellationToken) is { Text: { } constant })
        {
            return FromConstant(constant); // a literal, a const, a static readonly string: its text is the body
        }

        switch (operation)
        {
            case IAnonymousObjectCreationOperation anonymous:
                var shape = new JsonBodyShape();
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } member)
                    {
                        shape.Add(property.Property.Name, Of(member.Value, resolver, depth + 1, cancellationToken));
                    }
                }

                return shape;

            case IObjectCreationOperation creation when IsJsonObjectOrDictionary(creation.Type):
                return Keyed(creation, resolver, depth, cancellationToken);

            case IObjectCreationOperation { Arguments.Length: > 0 } stream when stream.Type.HasMetadataName("System.IO.MemoryStream"):
                return Of(stream.Arguments[0].Value, resolver, depth + 1, cancellationToken); // new MemoryStream(bytes)

            case IInvocationOperation invocation:
                return Unwrapped(invocation, resolver, depth, cancellationToken);

            case ILocalReferenceOperation or IFieldReferenceOperation:
                if (resolver.SingleWrite(operation, cancellationToken) is not { } held)
                {
                    return null;
                }

                // A JsonObject or dictionary in a local may gain keys later: follow the local, not just its initializer.
                return held.WithoutConversions() is IObjectCreationOperation keyed && IsJsonObjectOrDictionary(keyed.Type)
                    ? (operation is ILocalReferenceOperation ? Keyed(keyed, resolver, depth, cancellationToken) : null)
                    : Of(held, resolver, depth + 1, cancellationToken);
        }

        return null;
    }

    /// <summary>Serializers, encoders and parsers that keep the body's members.</summary>
    private static JsonBodyShape? Unwrapped(IInvocationOperation invocation, ValueResolver resolver, int depth, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        switch (method.Name)
        {
            case "Serialize" or "SerializeToUtf8Bytes" or "SerializeToNode" or "SerializeToDocument" or "SerializeToElement"
                when type.HasMetadataName("System.Text.Json.JsonSerializer") && invocation.Arguments.Length > 0:
                return Of(invocation.Arguments[0].Value, resolver, depth + 1, cancellationToken);
            case "ToJsonString" or "ToString" when invocation.Instance is { } node && IsJsonNode(node.Type):
                return Of(node, resolver, depth + 1, cancellationToken);
            case "Parse" when IsJsonNode(type) && invocation.Arguments.Length > 0:
                return Of(invocation.Arguments[0].Value, resolver, depth + 1, cancellationToken);
            case "GetBytes" when type.HasMetadataName("System.Text.Encoding") && invocation.Arguments.Length == 1:
                return Of(invocation.Arguments[0].Value, resolver, depth + 1, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>A constant JSON string. Text that does not parse (or is too long or deep for the reader) is unknown.</summary>
    private static JsonBodyShape? FromConstant(string text)
        => JsonReader.Parse(text, out _) is { Kind: JsonKind.Object } json ? FromJson(json) : null;

    private static JsonBodyShape FromJson(JsonValue json)
    {
        var shape = new JsonBodyShape();
        foreach (var member in json.Members)
        {
            shape.Add(member.Key, member.Value.Kind == JsonKind.Object ? FromJson(member.Value) : null);
        }

        return shape;
    }

    /// <summary>A <c>JsonObject</c> or dictionary: keys in its initializer and, when a local holds it, keys added later.
    /// Any key we cannot read, or any other use of the local (passed to a helper, aliased), makes the shape unknown.</summary>
    private static JsonBodyShape? Keyed(IObjectCreationOperation creation, ValueResolver resolver, int depth, CancellationToken cancellationToken)
    {
        var construction = ObjectConstruction.Analyze(creation, cancellationToken);
        var shape = new JsonBodyShape();
        foreach (var element in construction.Elements)
        {
            if (element.Path.Length > 0 || element.Key.ConstantValue is not { HasValue: true, Value: string key })
            {
                return null;
            }

            shape.Add(key, element.Value.WithoutConversions() is IObjectCreationOperation or IAnonymousObjectCreationOperation
                ? Of(element.Value, resolver, depth + 1, cancellationToken)
                : null);
        }

        // ObjectConstruction counts every use outside the AWS SDK as escaping, serializing included: look at the uses here.
        return UsedElsewhere(creation, cancellationToken) ? null : shape;
    }

    /// <summary>Whether the local holding a JsonObject or dictionary is used other than to add keys or to be serialized.</summary>
    private static bool UsedElsewhere(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        ILocalSymbol? local = creation.WithEnclosingConversions().Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            _ => null,
        };
        if (local is null)
        {
            return false; // written in place (an argument, a nested value): nothing else can reach it
        }

        IOperation root = creation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            var consumer = reference.WithEnclosingConversions().Parent;
            var fine = consumer switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == reference
                    => indexer.Parent is ISimpleAssignmentOperation set && set.Target == indexer, // body["k"] = v
                IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" or "ToJsonString" or "ToString" } call => call.Instance == reference,
                IArgumentOperation { Parent: IInvocationOperation call } => call.TargetMethod.ContainingType.HasMetadataName("System.Text.Json.JsonSerializer"),
                _ => false,
            };
            if (!fine)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJsonNode(ITypeSymbol? type) => type.IsOrDerivesFrom("System.Text.Json.Nodes.JsonNode");

    private static bool IsJsonObjectOrDictionary(ITypeSymbol? type)
        => type is INamedTypeSymbol named
            && (named.HasMetadataName("System.Text.Json.Nodes.JsonObject")
                || (named.OriginalDefinition.HasMetadataName("System.Collections.Generic.Dictionary`2") && named.TypeArguments[0].SpecialType == SpecialType.System_String));
}
