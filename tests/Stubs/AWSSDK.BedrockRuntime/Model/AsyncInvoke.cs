// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.BedrockRuntime.Model
{
    public partial class StartAsyncInvokeRequest : AmazonBedrockRuntimeRequest
    {
        public string ClientRequestToken { get; set; }
        public string ModelId { get; set; }
        public Document ModelInput { get; set; }
        public AsyncInvokeOutputDataConfig OutputDataConfig { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class StartAsyncInvokeResponse : AmazonWebServiceResponse
    {
        public string InvocationArn { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class AsyncInvokeOutputDataConfig
    {
        public AsyncInvokeS3OutputDataConfig S3OutputDataConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class AsyncInvokeS3OutputDataConfig
    {
        public string BucketOwner { get; set; }
        public string KmsKeyId { get; set; }
        public string S3Uri { get; set; }
    }

    public partial class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }
}
