// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.BedrockRuntime.Model;

namespace Amazon.BedrockRuntime
{
    public partial class AmazonBedrockRuntimeRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonBedrockRuntimeConfig : ClientConfig
    {
        public AmazonBedrockRuntimeConfig() : base(null) { }

        public override string RegionEndpointServiceName => "bedrock-runtime";
        public override string ServiceVersion => "2023-09-30";
        public override string UserAgent => throw new NotImplementedException();

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotImplementedException();
    }

    public partial interface IAmazonBedrockRuntime : IAmazonService, IDisposable
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CountTokensResponse> CountTokensAsync(CountTokensRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<StartAsyncInvokeResponse> StartAsyncInvokeAsync(StartAsyncInvokeRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

        static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonBedrockRuntimeConfig();

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
        {
            var serviceClientConfig = clientConfig as AmazonBedrockRuntimeConfig;
            if (serviceClientConfig == null)
            {
                throw new AmazonClientException("ClientConfig is not of type AmazonBedrockRuntimeConfig to create AmazonBedrockRuntimeClient");
            }

            return awsCredentials == null ? new AmazonBedrockRuntimeClient(serviceClientConfig) : new AmazonBedrockRuntimeClient(awsCredentials, serviceClientConfig);
        }
    }

    public partial class AmazonBedrockRuntimeClient : AmazonServiceClient, IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient()
            : base(new AmazonBedrockRuntimeConfig())
        {
        }

        public AmazonBedrockRuntimeClient(RegionEndpoint region)
            : base(new AmazonBedrockRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockRuntimeClient(AmazonBedrockRuntimeConfig config)
            : base(config)
        {
        }

        public AmazonBedrockRuntimeClient(AWSCredentials credentials)
            : this(credentials, new AmazonBedrockRuntimeConfig())
        {
        }

        public AmazonBedrockRuntimeClient(AWSCredentials credentials, RegionEndpoint region)
            : this(credentials, new AmazonBedrockRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockRuntimeClient(AWSCredentials credentials, AmazonBedrockRuntimeConfig clientConfig)
            : base(credentials, clientConfig)
        {
        }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonBedrockRuntimeConfig())
        {
        }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonBedrockRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonBedrockRuntimeConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
        {
        }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonBedrockRuntimeConfig())
        {
        }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonBedrockRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonBedrockRuntimeConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
        {
        }

        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CountTokensResponse> CountTokensAsync(CountTokensRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<StartAsyncInvokeResponse> StartAsyncInvokeAsync(StartAsyncInvokeRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
            => throw new NotImplementedException();
    }
}
