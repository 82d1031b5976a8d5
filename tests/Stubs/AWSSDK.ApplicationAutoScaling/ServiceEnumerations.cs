// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using Amazon.Runtime;

namespace Amazon.ApplicationAutoScaling
{
    // members from the service model as known to the author, not read at the pinned commit; see README
    public class AdjustmentType : ConstantClass
    {
        public static readonly AdjustmentType ChangeInCapacity = new AdjustmentType("ChangeInCapacity");
        public static readonly AdjustmentType ExactCapacity = new AdjustmentType("ExactCapacity");
        public static readonly AdjustmentType PercentChangeInCapacity = new AdjustmentType("PercentChangeInCapacity");

        public AdjustmentType(string value) : base(value) { }

        public static AdjustmentType FindValue(string value) { return FindValue<AdjustmentType>(value); }

        public static implicit operator AdjustmentType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class MetricAggregationType : ConstantClass
    {
        public static readonly MetricAggregationType Average = new MetricAggregationType("Average");
        public static readonly MetricAggregationType Maximum = new MetricAggregationType("Maximum");
        public static readonly MetricAggregationType Minimum = new MetricAggregationType("Minimum");

        public MetricAggregationType(string value) : base(value) { }

        public static MetricAggregationType FindValue(string value) { return FindValue<MetricAggregationType>(value); }

        public static implicit operator MetricAggregationType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class MetricStatistic : ConstantClass
    {
        public static readonly MetricStatistic Average = new MetricStatistic("Average");
        public static readonly MetricStatistic Maximum = new MetricStatistic("Maximum");
        public static readonly MetricStatistic Minimum = new MetricStatistic("Minimum");
        public static readonly MetricStatistic SampleCount = new MetricStatistic("SampleCount");
        public static readonly MetricStatistic Sum = new MetricStatistic("Sum");

        public MetricStatistic(string value) : base(value) { }

        public static MetricStatistic FindValue(string value) { return FindValue<MetricStatistic>(value); }

        public static implicit operator MetricStatistic(string value) { return FindValue(value); }
    }

    // partial list: SageMaker members plus a few common ones; see README
    public class MetricType : ConstantClass
    {
        public static readonly MetricType ALBRequestCountPerTarget = new MetricType("ALBRequestCountPerTarget");
        public static readonly MetricType DynamoDBReadCapacityUtilization = new MetricType("DynamoDBReadCapacityUtilization");
        public static readonly MetricType DynamoDBWriteCapacityUtilization = new MetricType("DynamoDBWriteCapacityUtilization");
        public static readonly MetricType ECSServiceAverageCPUUtilization = new MetricType("ECSServiceAverageCPUUtilization");
        public static readonly MetricType ECSServiceAverageMemoryUtilization = new MetricType("ECSServiceAverageMemoryUtilization");
        public static readonly MetricType LambdaProvisionedConcurrencyUtilization = new MetricType("LambdaProvisionedConcurrencyUtilization");
        public static readonly MetricType SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution = new MetricType("SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution");
        public static readonly MetricType SageMakerInferenceComponentInvocationsPerCopy = new MetricType("SageMakerInferenceComponentInvocationsPerCopy");
        public static readonly MetricType SageMakerVariantConcurrentRequestsPerModelHighResolution = new MetricType("SageMakerVariantConcurrentRequestsPerModelHighResolution");
        public static readonly MetricType SageMakerVariantInvocationsPerInstance = new MetricType("SageMakerVariantInvocationsPerInstance");
        public static readonly MetricType SageMakerVariantProvisionedConcurrencyUtilization = new MetricType("SageMakerVariantProvisionedConcurrencyUtilization");

        public MetricType(string value) : base(value) { }

        public static MetricType FindValue(string value) { return FindValue<MetricType>(value); }

        public static implicit operator MetricType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class PolicyType : ConstantClass
    {
        public static readonly PolicyType PredictiveScaling = new PolicyType("PredictiveScaling");
        public static readonly PolicyType StepScaling = new PolicyType("StepScaling");
        public static readonly PolicyType TargetTrackingScaling = new PolicyType("TargetTrackingScaling");

        public PolicyType(string value) : base(value) { }

        public static PolicyType FindValue(string value) { return FindValue<PolicyType>(value); }

        public static implicit operator PolicyType(string value) { return FindValue(value); }
    }

    // partial list: SageMaker members plus a few common ones; see README
    public class ScalableDimension : ConstantClass
    {
        public static readonly ScalableDimension DynamodbTableReadCapacityUnits = new ScalableDimension("dynamodb:table:ReadCapacityUnits");
        public static readonly ScalableDimension DynamodbTableWriteCapacityUnits = new ScalableDimension("dynamodb:table:WriteCapacityUnits");
        public static readonly ScalableDimension EcsServiceDesiredCount = new ScalableDimension("ecs:service:DesiredCount");
        public static readonly ScalableDimension LambdaFunctionProvisionedConcurrency = new ScalableDimension("lambda:function:ProvisionedConcurrency");
        public static readonly ScalableDimension SagemakerInferenceComponentDesiredCopyCount = new ScalableDimension("sagemaker:inference-component:DesiredCopyCount");
        public static readonly ScalableDimension SagemakerVariantDesiredInstanceCount = new ScalableDimension("sagemaker:variant:DesiredInstanceCount");
        public static readonly ScalableDimension SagemakerVariantDesiredProvisionedConcurrency = new ScalableDimension("sagemaker:variant:DesiredProvisionedConcurrency");

        public ScalableDimension(string value) : base(value) { }

        public static ScalableDimension FindValue(string value) { return FindValue<ScalableDimension>(value); }

        public static implicit operator ScalableDimension(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README (list may be incomplete)
    public class ServiceNamespace : ConstantClass
    {
        public static readonly ServiceNamespace Appstream = new ServiceNamespace("appstream");
        public static readonly ServiceNamespace Cassandra = new ServiceNamespace("cassandra");
        public static readonly ServiceNamespace Comprehend = new ServiceNamespace("comprehend");
        public static readonly ServiceNamespace CustomResource = new ServiceNamespace("custom-resource");
        public static readonly ServiceNamespace Dynamodb = new ServiceNamespace("dynamodb");
        public static readonly ServiceNamespace Ec2 = new ServiceNamespace("ec2");
        public static readonly ServiceNamespace Ecs = new ServiceNamespace("ecs");
        public static readonly ServiceNamespace Elasticache = new ServiceNamespace("elasticache");
        public static readonly ServiceNamespace Elasticmapreduce = new ServiceNamespace("elasticmapreduce");
        public static readonly ServiceNamespace Kafka = new ServiceNamespace("kafka");
        public static readonly ServiceNamespace Lambda = new ServiceNamespace("lambda");
        public static readonly ServiceNamespace Neptune = new ServiceNamespace("neptune");
        public static readonly ServiceNamespace Rds = new ServiceNamespace("rds");
        public static readonly ServiceNamespace Sagemaker = new ServiceNamespace("sagemaker");
        public static readonly ServiceNamespace Workspaces = new ServiceNamespace("workspaces");

        public ServiceNamespace(string value) : base(value) { }

        public static ServiceNamespace FindValue(string value) { return FindValue<ServiceNamespace>(value); }

        public static implicit operator ServiceNamespace(string value) { return FindValue(value); }
    }
}
