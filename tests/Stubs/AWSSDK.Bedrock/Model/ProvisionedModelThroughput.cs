// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.Bedrock.Model
{
    public partial class CreateProvisionedModelThroughputRequest : AmazonBedrockRequest
    {
        public string ClientRequestToken { get; set; }
        public CommitmentDuration CommitmentDuration { get; set; }
        public string ModelId { get; set; }
        public int? ModelUnits { get; set; }
        public string ProvisionedModelName { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateProvisionedModelThroughputResponse : AmazonWebServiceResponse
    {
        public string ProvisionedModelArn { get; set; }
    }
}
