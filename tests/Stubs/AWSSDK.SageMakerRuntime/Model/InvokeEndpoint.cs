// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMakerRuntime.Model
{
    public partial class InvokeEndpointRequest : AmazonSageMakerRuntimeRequest
    {
        public string Accept { get; set; }
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
        public string CustomAttributes { get; set; }
        public string EnableExplanations { get; set; }
        public string EndpointName { get; set; }
        public string InferenceComponentName { get; set; }
        public string InferenceId { get; set; }
        public string SessionId { get; set; }
        public string TargetContainerHostname { get; set; }
        public string TargetModel { get; set; }
        public string TargetVariant { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeEndpointResponse : AmazonWebServiceResponse
    {
        public MemoryStream Body { get; set; }
        public string ClosedSessionId { get; set; }
        public string ContentType { get; set; }
        public string CustomAttributes { get; set; }
        public string InvokedProductionVariant { get; set; }
        public string NewSessionId { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeEndpointAsyncRequest : AmazonSageMakerRuntimeRequest
    {
        public string Accept { get; set; }
        public string ContentType { get; set; }
        public string CustomAttributes { get; set; }
        public string EndpointName { get; set; }
        public string InferenceId { get; set; }
        public string InputLocation { get; set; }
        public int? InvocationTimeoutSeconds { get; set; }
        public int? RequestTTLSeconds { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeEndpointAsyncResponse : AmazonWebServiceResponse
    {
        public string FailureLocation { get; set; }
        public string InferenceId { get; set; }
        public string OutputLocation { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeEndpointWithResponseStreamRequest : AmazonSageMakerRuntimeRequest
    {
        public string Accept { get; set; }
        public MemoryStream Body { get; set; }
        public string ContentType { get; set; }
        public string CustomAttributes { get; set; }
        public string EndpointName { get; set; }
        public string InferenceComponentName { get; set; }
        public string InferenceId { get; set; }
        public string SessionId { get; set; }
        public string TargetContainerHostname { get; set; }
        public string TargetVariant { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InvokeEndpointWithResponseStreamResponse : AmazonWebServiceResponse
    {
        public ResponseStream Body { get; set; }
        public string ContentType { get; set; }
        public string CustomAttributes { get; set; }
        public string InvokedProductionVariant { get; set; }
    }

    // Real class is an event-stream enumerable; stub is an empty placeholder
    public partial class ResponseStream
    {
    }
}
