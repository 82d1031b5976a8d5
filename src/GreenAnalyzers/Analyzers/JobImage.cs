namespace GreenAnalyzers.Analyzers;

/// <summary>
/// The container image of the SageMaker job an instance type is written in: the request built around the value
/// (<c>new CreateTrainingJobRequest { AlgorithmSpecification = { TrainingImage = … }, ResourceConfig = { InstanceType = … } }</c>)
/// names its image in <c>AlgorithmSpecification.TrainingImage</c>, set in the initializer or later through the local that
/// holds the request. The image value goes through the shared resolver
/// (literal, <c>const</c>, local, field). Looked for only when a finding is about to be reported.
/// </summary>
internal static class JobImage
{
    private const string TrainingRequest = "Amazon.SageMaker.Model.CreateTrainingJobRequest";
    private const string Spec = "AlgorithmSpecification";
    private const string Image = "TrainingImage";

    /// <summary>Object creations between the value and its request: the request, its config, the value's own object.</summary>
    private const int MaxCreations = 4;

    public static ContainerImage? Of(IOperation value, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var creations = 0;
        for (var operation = value.Parent; operation is not null && creations < MaxCreations; operation = operation.Parent)
        {
            if (operation is not IObjectCreationOperation creation)
            {
                continue;
            }

            creations++;
            if (creation.Type.HasMetadataName(TrainingRequest))
            {
                return ImageOf(creation, resolver, cancellationToken);
            }
        }

        return null;
    }

    private static ContainerImage? ImageOf(IObjectCreationOperation request, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var built = ObjectConstruction.Analyze(request, cancellationToken);
        var assignment = built.Find(Spec, Image);
        if (assignment is null && built.Find(Spec)?.UnwrappedValue is IObjectCreationOperation specCreation)
        {
            // request.AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = … } after construction.
            assignment = ObjectConstruction.Analyze(specCreation, cancellationToken).Find(Image);
        }

        return assignment is not null && resolver.Resolve(assignment.Value, cancellationToken) is { Text: { } uri }
            ? ContainerImages.Find(uri)
            : null;
    }
}
