namespace GreenAnalyzers.Knowledge;

/// <summary>
/// Amazon Elastic Inference accelerators (SageMaker <c>ProductionVariant.AcceleratorType</c>, GA3004). Not part of the
/// instance catalog, which has no Elastic Inference rows: one sourced lifecycle fact and the SDK's six values
/// (<c>ProductionVariantAcceleratorType</c>, api-surface.md §3). See docs/research/instance-catalog.md.
/// </summary>
internal static class ElasticInference
{
    public const string ConstantClassName = "Amazon.SageMaker.ProductionVariantAcceleratorType";

    /// <summary>What AWS says, in the words the message uses.</summary>
    public const string Status = "AWS closed it to new customers on 2023-04-15";

    /// <summary>AWS's notice, printed at the top of the Elastic Inference API reference (AWS CLI, SDKs).</summary>
    public static CatalogSource Source { get; } = new(
        "aws-elastic-inference-notice",
        "AWS Elastic Inference API notice",
        "2023-02-15",
        "Elastic Inference public APIs: starting April 15, 2023, AWS will not onboard new customers to Amazon Elastic Inference");

    public static ImmutableArray<string> Values { get; } = ImmutableArray.Create(
        "ml.eia1.medium", "ml.eia1.large", "ml.eia1.xlarge", "ml.eia2.medium", "ml.eia2.large", "ml.eia2.xlarge");

    public static bool IsAcceleratorType(string? value) => value is not null && Values.Contains(value);

    /// <summary>The wire value of a <c>ProductionVariantAcceleratorType</c> member (<c>MlEia1Medium</c> → <c>ml.eia1.medium</c>).</summary>
    public static bool TryFindConstantValue(string memberName, out string value)
    {
        foreach (var candidate in Values)
        {
            if (InstanceType.ConstantMemberName(candidate) == memberName)
            {
                value = candidate;
                return true;
            }
        }

        value = null!;
        return false;
    }
}
