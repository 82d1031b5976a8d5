// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.BedrockRuntime.Model
{
    public partial class InvokeModelRequest : AmazonBedrockRuntimeRequest
    {
        public string Accept { get; set; }
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
        public string GuardrailIdentifier { get; set; }
        public string GuardrailVersion { get; set; }
        public string ModelId { get; set; }
        public PerformanceConfigLatency PerformanceConfigLatency { get; set; }
        public ServiceTierType ServiceTier { get; set; }
        public Trace Trace { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeModelResponse : AmazonWebServiceResponse
    {
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
        public PerformanceConfigLatency PerformanceConfigLatency { get; set; }
        public ServiceTierType ServiceTier { get; set; }
    }

    public partial class InvokeModelWithResponseStreamRequest : AmazonBedrockRuntimeRequest
    {
        public string Accept { get; set; }
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
        public string GuardrailIdentifier { get; set; }
        public string GuardrailVersion { get; set; }
        public string ModelId { get; set; }
        public PerformanceConfigLatency PerformanceConfigLatency { get; set; }
        public ServiceTierType ServiceTier { get; set; }
        public Trace Trace { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeModelWithResponseStreamResponse : AmazonWebServiceResponse
    {
        public ResponseStream Body { get; set; }
        public string ContentType { get; set; }
        public PerformanceConfigLatency PerformanceConfigLatency { get; set; }
        public ServiceTierType ServiceTier { get; set; }
    }

    // Real class is an event-stream enumerable; stub is an empty placeholder
    public partial class ResponseStream
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CountTokensRequest : AmazonBedrockRuntimeRequest
    {
        public CountTokensInput Input { get; set; }
        public string ModelId { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CountTokensResponse : AmazonWebServiceResponse
    {
        public int? InputTokens { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class CountTokensInput
    {
    }
}
