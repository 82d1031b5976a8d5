// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class CreateEndpointRequest : AmazonSageMakerRequest
    {
        public DeploymentConfig DeploymentConfig { get; set; }
        public string EndpointConfigName { get; set; }
        public string EndpointName { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateEndpointResponse : AmazonWebServiceResponse
    {
        public string EndpointArn { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class DeploymentConfig
    {
    }
}
