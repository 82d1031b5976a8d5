namespace GreenAnalyzers.Knowledge;

/// <summary>The SDK constant class an instance type value flows into. Each accepts its own list of types
/// (SageMaker endpoints have no <c>ml.m7g.*</c>; training has no Graviton or Inferentia), so a replacement is
/// always looked up for one api.</summary>
internal enum InstanceApi
{
    /// <summary>SageMaker <c>ProductionVariantInstanceType</c> (real-time endpoints); values are <c>ml.&lt;type&gt;</c>.</summary>
    Endpoint,

    /// <summary>SageMaker <c>TrainingInstanceType</c> (<c>ResourceConfig</c>, <c>InstanceGroup</c>); values are <c>ml.&lt;type&gt;</c>.</summary>
    Training,

    /// <summary>SageMaker <c>ProcessingInstanceType</c> (<c>ProcessingClusterConfig</c>); values are <c>ml.&lt;type&gt;</c>.</summary>
    Processing,

    /// <summary><c>Amazon.EC2.InstanceType</c> (and EC2's plain string members); values are bare, <c>g5.xlarge</c>.</summary>
    Ec2,
}

internal static class InstanceApis
{
    public static bool TryParse(string? text, out InstanceApi api)
    {
        switch (text)
        {
            case "endpoint": api = InstanceApi.Endpoint; return true;
            case "training": api = InstanceApi.Training; return true;
            case "processing": api = InstanceApi.Processing; return true;
            case "ec2": api = InstanceApi.Ec2; return true;
            default: api = default; return false;
        }
    }

    /// <summary>The name the catalog files use: endpoint, training, processing, ec2.</summary>
    public static string Name(this InstanceApi api) => api switch
    {
        InstanceApi.Endpoint => "endpoint",
        InstanceApi.Training => "training",
        InstanceApi.Processing => "processing",
        _ => "ec2",
    };

    /// <summary>The metadata name of the SDK constant class whose values this api takes.</summary>
    public static string ConstantClassName(this InstanceApi api) => api switch
    {
        InstanceApi.Endpoint => "Amazon.SageMaker.ProductionVariantInstanceType",
        InstanceApi.Training => "Amazon.SageMaker.TrainingInstanceType",
        InstanceApi.Processing => "Amazon.SageMaker.ProcessingInstanceType",
        _ => "Amazon.EC2.InstanceType",
    };

    private static readonly InstanceApi[] s_all = { InstanceApi.Endpoint, InstanceApi.Training, InstanceApi.Processing, InstanceApi.Ec2 };

    public static IReadOnlyList<InstanceApi> All => s_all;

    /// <summary>The api whose constant class this type is (<see cref="ConstantClassName"/>).</summary>
    public static bool TryFromConstantClass(INamedTypeSymbol type, out InstanceApi api)
    {
        foreach (var candidate in s_all)
        {
            if (type.HasMetadataName(candidate.ConstantClassName()))
            {
                api = candidate;
                return true;
            }
        }

        api = default;
        return false;
    }

    /// <summary>SageMaker values carry the <c>ml.</c> prefix; EC2 values do not.</summary>
    public static bool UsesMlPrefix(this InstanceApi api) => api != InstanceApi.Ec2;
}
