// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.CloudWatch.Model
{
    public partial class PutMetricAlarmRequest : AmazonCloudWatchRequest
    {
        public bool? ActionsEnabled { get; set; }
        private List<string> _alarmActions = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> AlarmActions { get { return this._alarmActions; } set { this._alarmActions = value; } }
        public string AlarmDescription { get; set; }
        public string AlarmName { get; set; }
        public ComparisonOperator ComparisonOperator { get; set; }
        public int? DatapointsToAlarm { get; set; }
        private List<Dimension> _dimensions = AWSConfigs.InitializeCollections ? new List<Dimension>() : null;
        public List<Dimension> Dimensions { get { return this._dimensions; } set { this._dimensions = value; } }
        public string EvaluateLowSampleCountPercentile { get; set; }
        public int? EvaluationPeriods { get; set; }
        public string ExtendedStatistic { get; set; }
        private List<string> _insufficientDataActions = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> InsufficientDataActions { get { return this._insufficientDataActions; } set { this._insufficientDataActions = value; } }
        public string MetricName { get; set; }
        private List<MetricDataQuery> _metrics = AWSConfigs.InitializeCollections ? new List<MetricDataQuery>() : null;
        public List<MetricDataQuery> Metrics { get { return this._metrics; } set { this._metrics = value; } }
        public string Namespace { get; set; }
        private List<string> _oKActions = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> OKActions { get { return this._oKActions; } set { this._oKActions = value; } }
        public int? Period { get; set; }
        public Statistic Statistic { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public double? Threshold { get; set; }
        public string ThresholdMetricId { get; set; }
        public string TreatMissingData { get; set; }
        public StandardUnit Unit { get; set; }
    }

    public partial class PutMetricAlarmResponse : AmazonWebServiceResponse
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class Dimension
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class MetricDataQuery
    {
        public string AccountId { get; set; }
        public string Expression { get; set; }
        public string Id { get; set; }
        public string Label { get; set; }
        public MetricStat MetricStat { get; set; }
        public int? Period { get; set; }
        public bool? ReturnData { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class MetricStat
    {
        public Metric Metric { get; set; }
        public int? Period { get; set; }
        public string Stat { get; set; }
        public StandardUnit Unit { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class Metric
    {
        private List<Dimension> _dimensions = AWSConfigs.InitializeCollections ? new List<Dimension>() : null;
        public List<Dimension> Dimensions { get { return this._dimensions; } set { this._dimensions = value; } }
        public string MetricName { get; set; }
        public string Namespace { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }
}
