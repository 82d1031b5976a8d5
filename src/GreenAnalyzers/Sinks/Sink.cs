namespace GreenAnalyzers.Sinks;

/// <summary>What kind of value flows into an API, so one analyzer per kind can judge it for every rule of that kind.</summary>
internal enum ValueKind
{
    /// <summary>A Bedrock model id, inference-profile id or model ARN.</summary>
    ModelId,

    /// <summary>A Bedrock model-customization type (<c>CustomizationType</c> constant or string).</summary>
    CustomizationType,

    /// <summary>An EC2 or SageMaker instance type (<c>g5.xlarge</c>, <c>ml.g5.xlarge</c>); the sink names its <see cref="InstanceApi"/>.</summary>
    InstanceType,

    /// <summary>A SageMaker Elastic Inference accelerator type (<c>ml.eia2.medium</c>).</summary>
    AcceleratorType,

    /// <summary>The path of an ONNX model file that ONNX Runtime loads.</summary>
    OnnxModelPath,

    /// <summary>An ONNX Runtime <c>GraphOptimizationLevel</c>.</summary>
    OptimizationLevel,
}

/// <summary>Where a value enters an SDK: a settable property, or a method parameter.</summary>
internal enum SinkShape
{
    Property,
    Parameter,
}

/// <summary>One row of the sink table: the metadata name of the type, the member (property, or method for a
/// parameter sink), the parameter name when the sink is a parameter, the kind of value it takes, and for instance
/// types the SDK api whose list of valid types applies.</summary>
internal sealed record Sink(string TypeName, string MemberName, string? ParameterName, ValueKind Kind, InstanceApi? Api = null)
{
    public SinkShape Shape => ParameterName is null ? SinkShape.Property : SinkShape.Parameter;

    public static Sink Property(string typeName, string propertyName, ValueKind kind, InstanceApi? api = null)
        => new(typeName, propertyName, null, kind, api);

    public static Sink Parameter(string typeName, string methodName, string parameterName, ValueKind kind)
        => new(typeName, methodName, parameterName, kind);
}
