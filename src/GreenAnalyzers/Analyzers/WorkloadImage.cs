namespace GreenAnalyzers.Analyzers;

/// <summary>
/// The container image an instance type runs, when the code says: for a SageMaker training job, the request's
/// <c>AlgorithmSpecification.TrainingImage</c> (a tuning job's training job definition has the same members); for an
/// endpoint variant, the <c>ContainerDefinition.Image</c> of the <c>CreateModelRequest</c> its <c>ModelName</c> names in
/// the same file (AWS CDK: the <c>CfnModel</c> whose <c>AttrModelName</c> it names, or the <c>CfnModelProps</c> with its
/// constant name). The instance type may be written in the request's initializer or later through the locals that hold
/// the request or its parts (<c>request.ResourceConfig = new() { … }</c>, <c>request.ResourceConfig.InstanceType = …</c>,
/// <c>variant.InstanceType = …</c>). Images and names go through the shared resolver. Looked for only when a finding is
/// about to be reported.
/// </summary>
/// <remarks>A model created in another file is not followed: an IDE analyzes one file at a time, and a finding that
/// depends on another file's content would go stale when that file changes.</remarks>
internal static class WorkloadImage
{
    private const string Model = "Amazon.SageMaker.Model.";
    private const string TrainingRequest = Model + "CreateTrainingJobRequest";
    private const string TuningRequest = Model + "CreateHyperParameterTuningJobRequest";
    private const string TuningJobDefinition = Model + "HyperParameterTrainingJobDefinition";
    private const string Variant = Model + "ProductionVariant";
    private const string ModelRequest = Model + "CreateModelRequest";
    private const string Container = Model + "ContainerDefinition";
    private const string Cdk = "Amazon.CDK.AWS.Sagemaker.";
    private const string CdkModel = Cdk + "CfnModel";
    private const string CdkModelProps = Cdk + "CfnModelProps";
    private const string Spec = "AlgorithmSpecification";
    private const string Image = "TrainingImage";

    /// <summary>Steps from the value to its request: the objects it is written into, and the locals that hold them.</summary>
    private const int MaxSteps = 6;

    /// <summary>The known image of the instance's workload that lacks the build <paramref name="requirement"/> needs, or
    /// null when the image is unknown or has that build.</summary>
    public static ContainerImage? Lacking(
        IOperation value, InstanceMoveRequirement requirement, ValueResolver resolver, CancellationToken cancellationToken)
    {
        // The objects the value is written into, innermost first (the walk is written out rather than an iterator: it runs for
        // every instance-type finding whose suggestion needs a build, issue 21): the creations around it, and, where it is
        // assigned through a local (request.ResourceConfig.InstanceType = v), the object that local holds; where an object
        // held in a local is handed on once (ResourceConfig = config), the objects around that hand-over.
        var current = value;
        for (var steps = 0; steps < MaxSteps && current.Parent is { } parent;)
        {
            IObjectCreationOperation owner;
            switch (parent)
            {
                case IObjectCreationOperation creation:
                    owner = creation;
                    break;

                case ISimpleAssignmentOperation assignment when assignment.Value == current && assignment.Target is IMemberReferenceOperation member
                    && member.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    // Written through a local after construction: the object the local holds (the request, the variant).
                    if (HeldObject(RootOf(member), resolver, cancellationToken) is not { } held)
                    {
                        return null;
                    }

                    owner = held;
                    break;

                case IVariableInitializerOperation when current.WithoutConversions() is IObjectCreationOperation:
                    // var config = new ResourceConfig { … }; … ResourceConfig = config: go on from where it is handed over.
                    steps++;
                    if (HandOver(parent, cancellationToken) is not { } handedOver)
                    {
                        return null;
                    }

                    current = handedOver;
                    continue;

                default:
                    current = parent;
                    continue;
            }

            steps++;
            current = owner;
            if (owner.Type.HasMetadataName(TrainingRequest) || owner.Type.HasMetadataName(TuningJobDefinition) || owner.Type.HasMetadataName(TuningRequest))
            {
                return TrainingImage(owner, resolver, cancellationToken) is { } image && image.Lacks(requirement) ? image : null;
            }

            if (owner.Type.HasMetadataName(Variant) || IsNested(owner.Type, Cdk + "CfnEndpointConfig", "ProductionVariantProperty"))
            {
                return ServedImageLacking(owner, requirement, resolver, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Whether the type is the nested type <paramref name="name"/> of <paramref name="outer"/> (the AWS CDK's L1
    /// property types: <c>CfnEndpointConfig.ProductionVariantProperty</c>).</summary>
    private static bool IsNested(ITypeSymbol? type, string outer, string name)
        => type is { ContainingType: { } container } && type.Name == name && container.HasMetadataName(outer);

    /// <summary>The instance a chain of member accesses starts from: <c>request</c> in <c>request.ResourceConfig</c>.</summary>
    private static IOperation? RootOf(IMemberReferenceOperation member)
    {
        var instance = member.Instance;
        while (instance is IMemberReferenceOperation inner)
        {
            instance = inner.Instance;
        }

        return instance;
    }

    /// <summary>The object a local written once holds, when it is created there.</summary>
    private static IObjectCreationOperation? HeldObject(IOperation? instance, ValueResolver resolver, CancellationToken cancellationToken)
        => instance is ILocalReferenceOperation
            ? resolver.SingleWrite(instance, cancellationToken)?.WithoutConversions() as IObjectCreationOperation
            : null;

    /// <summary>The one read of a local that assigns it into another object (<c>ResourceConfig = config</c>), or null when it
    /// is read in any other way or more than once: then the object may end up anywhere.</summary>
    private static IOperation? HandOver(IOperation initializer, CancellationToken cancellationToken)
    {
        if (initializer.Parent is not IVariableDeclaratorOperation { Symbol: var local } declarator
            || declarator.SemanticModel is not { } model
            || declarator.Syntax.Parent?.Parent?.Parent is not { } scope) // declarator → declaration → statement → block
        {
            return null;
        }

        IOperation? found = null;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != local.Name)
            {
                continue;
            }

            if (model.GetOperation(identifier, cancellationToken) is not ILocalReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return null;
            }

            var read = reference.WithEnclosingConversions();
            if (read.Parent is IMemberReferenceOperation access && access.Instance == read)
            {
                continue; // config.InstanceType = …: its members are written, the object stays where it is
            }

            if (found is not null || read.Parent is not ISimpleAssignmentOperation assignment || assignment.Value != read)
            {
                return null;
            }

            found = read;
        }

        return found;
    }

    // ------------------------------------------------------------------ training jobs

    /// <summary>The training image of a training job, of a tuning job's training job definition (the same members), or of a
    /// tuning job's one <c>TrainingJobDefinition</c> (reached through <c>request.TrainingJobDefinition.ResourceConfig…</c>;
    /// with several definitions in <c>TrainingJobDefinitions</c> the image is not known).</summary>
    private static ContainerImage? TrainingImage(IObjectCreationOperation request, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var built = ObjectConstruction.Analyze(request, cancellationToken);
        if (request.Type.HasMetadataName(TuningRequest))
        {
            return built.Touches("TrainingJobDefinitions") ? null
                : built.Find("TrainingJobDefinition", Spec, Image) is { } inPlace ? ImageOf(inPlace, resolver, cancellationToken)
                : built.Find("TrainingJobDefinition")?.UnwrappedValue is IObjectCreationOperation definition ? TrainingImage(definition, resolver, cancellationToken)
                : null;
        }

        var assignment = built.Find(Spec, Image);
        if (assignment is null && built.Find(Spec)?.UnwrappedValue is IObjectCreationOperation specCreation)
        {
            // request.AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = … } after construction.
            assignment = ObjectConstruction.Analyze(specCreation, cancellationToken).Find(Image);
        }

        return ImageOf(assignment, resolver, cancellationToken);
    }

    private static ContainerImage? ImageOf(MemberAssignment? assignment, ValueResolver resolver, CancellationToken cancellationToken)
        => assignment is not null && resolver.Resolve(assignment.Value, cancellationToken) is { Text: { } uri }
            ? ContainerImages.Find(uri)
            : null;

    // ------------------------------------------------------------------ endpoint variants

    /// <summary>The image lacking the build, of the model the variant serves: every <c>CreateModelRequest</c> in this file
    /// with the variant's model name must lack it (a model name written twice may be either model).</summary>
    private static ContainerImage? ServedImageLacking(
        IObjectCreationOperation variant, InstanceMoveRequirement requirement, ValueResolver resolver, CancellationToken cancellationToken)
    {
        if (ObjectConstruction.Analyze(variant, cancellationToken).Find("ModelName") is not { } modelName)
        {
            return null;
        }

        if (CdkModelOf(modelName.UnwrappedValue, resolver, cancellationToken) is { } cdkModel)
        {
            return ModelImageLacking(cdkModel, requirement, resolver, cancellationToken); // ModelName = model.AttrModelName
        }

        if (NameOf(modelName.Value, resolver, cancellationToken) is not { } name || variant.SemanticModel is not { } model)
        {
            return null;
        }

        ContainerImage? lacking = null;
        foreach (var request in ModelRequests(model, cancellationToken))
        {
            var built = ObjectConstruction.Analyze(request, cancellationToken);
            if (built.Find("ModelName") is not { } requestName || !SameName(name, NameOf(requestName.Value, resolver, cancellationToken)))
            {
                continue;
            }

            if (ModelImageLacking(built, requirement, resolver, cancellationToken) is not { } image)
            {
                return null;
            }

            lacking ??= image;
        }

        return lacking;
    }

    /// <summary>The props of the AWS CDK <c>CfnModel</c> whose <c>AttrModelName</c> a variant names (<c>ModelName =
    /// model.AttrModelName</c>, the model held in a local or field written once; its props created in place or in a local
    /// written once), or null.</summary>
    private static ObjectConstruction? CdkModelOf(IOperation modelName, ValueResolver resolver, CancellationToken cancellationToken)
    {
        if (modelName is not IPropertyReferenceOperation { Property.Name: "AttrModelName", Instance: { } instance }
            || (instance.WithoutConversions() as IObjectCreationOperation
                ?? resolver.SingleWrite(instance, cancellationToken)?.WithoutConversions() as IObjectCreationOperation) is not { } construct
            || !construct.Type.HasMetadataName(CdkModel))
        {
            return null;
        }

        foreach (var argument in construct.Arguments)
        {
            if (argument.Parameter?.Name == "props")
            {
                var props = argument.Value.WithoutConversions() as IObjectCreationOperation
                    ?? resolver.SingleWrite(argument.Value, cancellationToken)?.WithoutConversions() as IObjectCreationOperation;
                return props is not null && props.Type.HasMetadataName(CdkModelProps) ? ObjectConstruction.Analyze(props, cancellationToken) : null;
            }
        }

        return null;
    }

    /// <summary>The <c>CreateModelRequest</c> creations of a file, found once per semantic model (the variants of one file
    /// share them): each named in source, or a target-typed <c>new()</c> that is one.</summary>
    private static IObjectCreationOperation[] ModelRequests(SemanticModel model, CancellationToken cancellationToken)
        => s_modelRequests.TryGetValue(model, out var known) ? known : s_modelRequests.GetValue(model, _ => FindModelRequests(model, cancellationToken)); // no closure once found

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SemanticModel, IObjectCreationOperation[]> s_modelRequests = new();

    private static IObjectCreationOperation[] FindModelRequests(SemanticModel model, CancellationToken cancellationToken)
    {
        var requests = new List<IObjectCreationOperation>();
        foreach (var node in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
        {
            var mayBeModel = node switch
            {
                ObjectCreationExpressionSyntax { Type: var type } => RightmostName(type) is "CreateModelRequest" or "CfnModelProps",
                ImplicitObjectCreationExpressionSyntax => true,
                _ => false,
            };
            if (mayBeModel
                && model.GetOperation(node, cancellationToken) is IObjectCreationOperation request
                && (request.Type.HasMetadataName(ModelRequest) || request.Type.HasMetadataName(CdkModelProps)))
            {
                requests.Add(request);
            }
        }

        return requests.ToArray();
    }

    /// <summary>A model name as far as the code says: its constant text, or the local, parameter or field that holds it when
    /// nothing writes that again (both requests then read the same value, whatever it is at run time).</summary>
    private static object? NameOf(IOperation value, ValueResolver resolver, CancellationToken cancellationToken)
    {
        if (resolver.Resolve(value, cancellationToken) is { Text: { } text })
        {
            return text;
        }

        var held = value.WithoutConversions();
        return held switch
        {
            ILocalReferenceOperation { Local: var local } when resolver.SingleWrite(held, cancellationToken) is not null => local,
            IFieldReferenceOperation { Field: var field } when resolver.SingleWrite(held, cancellationToken) is not null => field,
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } when NeverWritten(parameter, held) => parameter,
            _ => null,
        };
    }

    private static bool NeverWritten(IParameterSymbol parameter, IOperation reference)
    {
        var body = reference.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        return body is not null && WriteSyntax.WritesOf(parameter.Name, body).Count == 0;
    }

    private static bool SameName(object name, object? other) => name switch
    {
        string text => other is string otherText && string.Equals(text, otherText, StringComparison.Ordinal),
        ISymbol symbol => other is ISymbol otherSymbol && SymbolEqualityComparer.Default.Equals(symbol, otherSymbol),
        _ => false,
    };

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>The model's image that lacks the build, or null. A Neuron move needs one container with a Neuron build
    /// (an inference pipeline's other containers run on the instance's CPU): lacking when every container is known and
    /// none has it. An arm64 move needs every container on arm64: lacking when one known container has no arm64 build.</summary>
    private static ContainerImage? ModelImageLacking(
        ObjectConstruction model, InstanceMoveRequirement requirement, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var images = ImageAssignments(model, resolver, cancellationToken);
        if (images.IsDefaultOrEmpty)
        {
            return null;
        }

        ContainerImage? lacking = null;
        foreach (var assignment in images)
        {
            var image = ImageOf(assignment, resolver, cancellationToken);
            if (requirement == InstanceMoveRequirement.Arm64Image)
            {
                if (image is not null && image.Lacks(requirement))
                {
                    return image;
                }
            }
            else if (image is null || !image.Lacks(requirement))
            {
                return null;
            }
            else
            {
                lacking ??= image;
            }
        }

        return lacking;
    }

    /// <summary>Where the model's container images are written: its <c>PrimaryContainer</c>'s, or those of the elements of
    /// its <c>Containers</c> (array, list or collection expression of containers created in place or in locals written
    /// once); a null entry is a container whose image is not written where it can be read. Default when the model's
    /// containers are set in a way not read here (added later, built elsewhere).</summary>
    private static ImmutableArray<MemberAssignment?> ImageAssignments(ObjectConstruction model, ValueResolver resolver, CancellationToken cancellationToken)
    {
        if (model.Find("PrimaryContainer") is { } primary)
        {
            return model.Touches("Containers")
                ? default
                : ImmutableArray.Create(model.Find("PrimaryContainer", "Image") ?? ImageOfContainer(primary.UnwrappedValue, resolver, cancellationToken));
        }

        if (model.Find("Containers") is not { } list || (model.IsUsedLater("Containers") && !AssignedOnceLater(model, "Containers")))
        {
            return default;
        }

        var elements = list.UnwrappedValue switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues.CastArray<IOperation?>(),
            IObjectCreationOperation { Initializer: { } initializer } => CollectionElements(initializer),
            { Syntax: CollectionExpressionSyntax syntax, SemanticModel: { } semanticModel } => ExpressionElements(syntax, semanticModel, cancellationToken),
            _ => default,
        };
        return elements.IsDefaultOrEmpty
            ? default
            : elements.Select(element => element is null ? null : ImageOfContainer(element.WithoutConversions(), resolver, cancellationToken)).ToImmutableArray();
    }

    /// <summary>Whether the member is written after construction once, by a plain assignment, and changed no other way.</summary>
    private static bool AssignedOnceLater(ObjectConstruction model, string member)
        => model.Assignments.Count(assignment => assignment.Path[0] == member && !assignment.InInitializer) == 1
           && model.Elements.All(element => element.Path.IsEmpty || element.Path[0] != member);

    private static ImmutableArray<IOperation?> CollectionElements(IObjectOrCollectionInitializerOperation initializer)
    {
        var elements = ImmutableArray.CreateBuilder<IOperation?>();
        foreach (var entry in initializer.Initializers)
        {
            elements.Add(entry is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : null);
        }

        return elements.ToImmutable();
    }

    private static ImmutableArray<IOperation?> ExpressionElements(CollectionExpressionSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
        => syntax.Elements
            .Select(element => element is ExpressionElementSyntax expression ? model.GetOperation(expression.Expression, cancellationToken) : null)
            .ToImmutableArray();

    /// <summary>The image assignment of a container created in place or held by a local written once.</summary>
    private static MemberAssignment? ImageOfContainer(IOperation value, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var creation = value as IObjectCreationOperation
            ?? resolver.SingleWrite(value, cancellationToken)?.WithoutConversions() as IObjectCreationOperation;
        return creation is not null && (creation.Type.HasMetadataName(Container) || IsNested(creation.Type, CdkModel, "ContainerDefinitionProperty"))
            ? ObjectConstruction.Analyze(creation, cancellationToken).Find("Image")
            : null;
    }
}
