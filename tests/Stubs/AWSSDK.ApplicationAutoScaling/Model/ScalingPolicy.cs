// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.ApplicationAutoScaling.Model
{
    public partial class PutScalingPolicyRequest : AmazonApplicationAutoScalingRequest
    {
        public string PolicyName { get; set; }
        public PolicyType PolicyType { get; set; }
        public PredictiveScalingPolicyConfiguration PredictiveScalingPolicyConfiguration { get; set; }
        public string ResourceId { get; set; }
        public ScalableDimension ScalableDimension { get; set; }
        public ServiceNamespace ServiceNamespace { get; set; }
        public StepScalingPolicyConfiguration StepScalingPolicyConfiguration { get; set; }
        public TargetTrackingScalingPolicyConfiguration TargetTrackingScalingPolicyConfiguration { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class PutScalingPolicyResponse : AmazonWebServiceResponse
    {
        private List<Alarm> _alarms = AWSConfigs.InitializeCollections ? new List<Alarm>() : null;
        public List<Alarm> Alarms { get { return this._alarms; } set { this._alarms = value; } }
        public string PolicyARN { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class Alarm
    {
        public string AlarmARN { get; set; }
        public string AlarmName { get; set; }
    }

    public partial class TargetTrackingScalingPolicyConfiguration
    {
        public CustomizedMetricSpecification CustomizedMetricSpecification { get; set; }
        public bool? DisableScaleIn { get; set; }
        public PredefinedMetricSpecification PredefinedMetricSpecification { get; set; }
        public int? ScaleInCooldown { get; set; }
        public int? ScaleOutCooldown { get; set; }
        public double? TargetValue { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class PredefinedMetricSpecification
    {
        public MetricType PredefinedMetricType { get; set; }
        public string ResourceLabel { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README (Metrics list left out)
    public partial class CustomizedMetricSpecification
    {
        private List<MetricDimension> _dimensions = AWSConfigs.InitializeCollections ? new List<MetricDimension>() : null;
        public List<MetricDimension> Dimensions { get { return this._dimensions; } set { this._dimensions = value; } }
        public string MetricName { get; set; }
        public string Namespace { get; set; }
        public MetricStatistic Statistic { get; set; }
        public string Unit { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class MetricDimension
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class StepScalingPolicyConfiguration
    {
        public AdjustmentType AdjustmentType { get; set; }
        public int? Cooldown { get; set; }
        public MetricAggregationType MetricAggregationType { get; set; }
        public int? MinAdjustmentMagnitude { get; set; }
        private List<StepAdjustment> _stepAdjustments = AWSConfigs.InitializeCollections ? new List<StepAdjustment>() : null;
        public List<StepAdjustment> StepAdjustments { get { return this._stepAdjustments; } set { this._stepAdjustments = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class StepAdjustment
    {
        public double? MetricIntervalLowerBound { get; set; }
        public double? MetricIntervalUpperBound { get; set; }
        public int? ScalingAdjustment { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class PredictiveScalingPolicyConfiguration
    {
    }
}
