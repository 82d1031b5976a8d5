// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.ApplicationAutoScaling.Model
{
    public partial class RegisterScalableTargetRequest : AmazonApplicationAutoScalingRequest
    {
        public int? MaxCapacity { get; set; }
        public int? MinCapacity { get; set; }
        public string ResourceId { get; set; }
        public string RoleARN { get; set; }
        public ScalableDimension ScalableDimension { get; set; }
        public ServiceNamespace ServiceNamespace { get; set; }
        public SuspendedState SuspendedState { get; set; }
        private Dictionary<string, string> _tags = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> Tags { get { return this._tags; } set { this._tags = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class RegisterScalableTargetResponse : AmazonWebServiceResponse
    {
        public string ScalableTargetARN { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class SuspendedState
    {
        public bool? DynamicScalingInSuspended { get; set; }
        public bool? DynamicScalingOutSuspended { get; set; }
        public bool? ScheduledScalingSuspended { get; set; }
    }
}
