using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// GA4005: a SageMaker <c>ContainerDefinition</c> (the <c>PrimaryContainer</c> or a <c>Containers</c> entry of a
/// <c>CreateModelRequest</c>) whose <c>Environment</c> configures a TGI or LMI container with no quantization key. The
/// environment is judged only when every key is known: a dictionary built in the method (initializer, <c>Add</c>,
/// indexer), not one handed in from elsewhere. The fix adds the container's key with the catalog's value.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class ServingContainerAnalyzer : GreenAnalyzer
{
    private const string ContainerType = "Amazon.SageMaker.Model.ContainerDefinition";

    /// <summary>The AWS CDK's L1 twin (<c>CfnModel.ContainerDefinitionProperty</c>, in <c>CfnModelProps.PrimaryContainer</c> or
    /// <c>Containers</c>): same members, its <c>Environment</c> typed <c>object</c>.</summary>
    private const string CdkContainerType = "Amazon.CDK.AWS.Sagemaker.CfnModel+ContainerDefinitionProperty";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.QuantizeServingContainer);

    private protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var containers = new HashSet<ITypeSymbol>(SymbolLookup.TypesByMetadataName(start.Compilation, ContainerType), SymbolEqualityComparer.Default);
            containers.UnionWith(SymbolLookup.TypesByMetadataName(start.Compilation, CdkContainerType));
            if (containers.Count == 0)
            {
                return;
            }

            // The finding may sit on a dictionary declared before the container: SinkAction reports it where the IDE shows
            // and fixes it, without a per-block registration (issue 21). The compiler finds the creations.
            var resolver = new ValueResolver(start.Compilation);
            SinkAction.Register(
                start,
                (operationContext, reporter) =>
                {
                    var creation = (IObjectCreationOperation)operationContext.Operation;
                    if (creation.Type is { } type && containers.Contains(type)
                        && QuantizeServingContainer(creation, resolver, operationContext.CancellationToken) is { } diagnostic)
                    {
                        reporter.Report(diagnostic);
                    }
                },
                ImmutableArray.Create(OperationKind.ObjectCreation),
                deduplicate: false,
                createdTypes: containers);
        });
    }

    private static Diagnostic? QuantizeServingContainer(IObjectCreationOperation creation, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var container = ObjectConstruction.Analyze(creation, cancellationToken);
        if (IsCompletedElsewhere(creation, container)
            || container.Find("Environment") is not { } environment
            || EnvironmentOf(environment, container, cancellationToken) is not { } built)
        {
            return null;
        }

        var keys = new Dictionary<string, IOperation>(System.StringComparer.Ordinal);
        foreach (var entry in built.Entries)
        {
            if (resolver.Resolve(entry.Key, cancellationToken) is not { Text: { } name })
            {
                return null; // a key the analyzer cannot read might be the quantization key
            }

            keys[name] = entry.Value;
        }

        var image = container.Find("Image") is { } imageAssignment ? resolver.Resolve(imageAssignment.Value, cancellationToken)?.Text : null;
        if (Kind(image, keys) is not { } kind || HasAny(keys, kind.QuantizeKeys) || IsPreQuantized(keys, resolver, cancellationToken))
        {
            return null;
        }

        var key = kind.QuantizeKeys[0];
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Container] = kind.Name;
        properties[PropertyKeys.QuantizeKey] = key;
        properties[PropertyKeys.QuantizeValue] = kind.FixValue;
        properties[PropertyKeys.Source] = kind.Source.Citation;

        var edits = built.Dictionary.Syntax.SyntaxTree == creation.Syntax.SyntaxTree
            ? new[] { new FixEdit(built.Dictionary.Syntax, SyntaxEdit.Append, new FixElement(new FixValue.Text(kind.FixValue), Key: new FixValue.Text(key))) }
            : System.Array.Empty<FixEdit>();
        return SyntaxEdit.Create(
            Rules.QuantizeServingContainer, ObjectConstruction.HeadOf(built.Dictionary), edits, $"Add {key} = \"{kind.FixValue}\"",
            properties, kind.Name, key, kind.FixValue, kind.Source.Citation);
    }

    /// <summary>A container returned, stored or passed on by itself may be completed by its caller. Nested in the request's
    /// initializer (or a list of containers), or kept in a local that goes to the request, it is judged here.</summary>
    private static bool IsCompletedElsewhere(IObjectCreationOperation creation, ObjectConstruction container)
    {
        var used = creation.WithEnclosingConversions();

        return used.Parent switch
        {
            IVariableInitializerOperation or ISimpleAssignmentOperation { Target: ILocalReferenceOperation } => container.Escapes,
            ISimpleAssignmentOperation assignment => assignment.Value != used || assignment.Parent is not IObjectOrCollectionInitializerOperation,
            IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation } => false, // new List<ContainerDefinition> { … }
            IArgumentOperation { Parent: IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation } } => false,
            IArrayInitializerOperation => false, // Containers = new[] { new CfnModel.ContainerDefinitionProperty { … } } (CDK)
            _ => used.Syntax.Parent is not ExpressionElementSyntax { Parent: CollectionExpressionSyntax }, // Containers = [new() { … }]
        };
    }

    private sealed record BuiltEnvironment(IObjectCreationOperation Dictionary, List<ElementEntry> Entries);

    /// <summary>The entries of an environment dictionary created in the method: in place (<c>Environment = new() { … }</c>)
    /// or in a local that does not escape, plus entries added later through the container
    /// (<c>container.Environment["K"] = v</c>). Null when it comes from elsewhere.</summary>
    private static BuiltEnvironment? EnvironmentOf(MemberAssignment environment, ObjectConstruction container, CancellationToken cancellationToken)
    {
        var entries = new List<ElementEntry>();
        IObjectCreationOperation dictionary;
        switch (environment.UnwrappedValue)
        {
            case IObjectCreationOperation inPlace:
                dictionary = inPlace;
                entries.AddRange(ElementsAt(container.Elements, "Environment"));
                break;

            case ILocalReferenceOperation reference when Declaration(reference, cancellationToken) is { } declared:
                var built = ObjectConstruction.Analyze(declared, cancellationToken);
                if (built.Escapes)
                {
                    return null;
                }

                dictionary = declared;
                entries.AddRange(ElementsAt(built.Elements));
                entries.AddRange(ElementsAt(container.Elements, "Environment"));
                break;

            default:
                return null;
        }

        return new BuiltEnvironment(dictionary, entries);
    }

    private static IEnumerable<ElementEntry> ElementsAt(ImmutableArray<ElementEntry> elements, params string[] path)
    {
        foreach (var element in elements)
        {
            if (element.Path.Length == path.Length && (path.Length == 0 || element.Path[0] == path[0]))
            {
                yield return element;
            }
        }
    }

    /// <summary>The object creation that initializes a local declared once (<c>var env = new Dictionary&lt;string, string&gt; { … }</c>)
    /// in the same method as the reference.</summary>
    private static IObjectCreationOperation? Declaration(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value }
            || value.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return null;
        }

        return reference.SemanticModel?.GetOperation(value, cancellationToken)?.WithoutConversions() as IObjectCreationOperation;
    }

    /// <summary>Which container the environment configures: by its image when the image is known, else by the keys only
    /// that container reads. A Neuron image quantizes differently and is left alone.</summary>
    private static ServingContainer? Kind(string? image, Dictionary<string, IOperation> keys)
    {
        if (image is not null)
        {
            if (InferenceFacts.ContainsAny(image, InferenceFacts.NeuronImageMarkers))
            {
                return null;
            }

            foreach (var container in InferenceFacts.Containers)
            {
                if (InferenceFacts.ContainsAny(image, container.ImageMarkers))
                {
                    return container;
                }
            }
        }

        foreach (var container in InferenceFacts.Containers)
        {
            foreach (var key in keys.Keys)
            {
                if (container.EvidenceKeys.Contains(key) || (container.EvidencePrefix.Length > 0 && key.StartsWith(container.EvidencePrefix, System.StringComparison.Ordinal)))
                {
                    return container;
                }
            }
        }

        return null;
    }

    private static bool HasAny(Dictionary<string, IOperation> keys, ImmutableArray<string> wanted)
    {
        foreach (var key in wanted)
        {
            if (keys.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The served model's id says it is already quantized: the containers read that from the model itself.</summary>
    private static bool IsPreQuantized(Dictionary<string, IOperation> keys, ValueResolver resolver, CancellationToken cancellationToken)
    {
        foreach (var key in InferenceFacts.ModelIdKeys)
        {
            if (keys.TryGetValue(key, out var value)
                && resolver.Resolve(value, cancellationToken) is { Text: { } model }
                && InferenceFacts.ContainsAny(model, InferenceFacts.PreQuantizedMarkers))
            {
                return true;
            }
        }

        return false;
    }
}
