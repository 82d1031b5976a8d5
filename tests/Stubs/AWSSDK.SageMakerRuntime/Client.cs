// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.SageMakerRuntime.Model;

namespace Amazon.SageMakerRuntime
{
    public partial class AmazonSageMakerRuntimeRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonSageMakerRuntimeConfig : ClientConfig
    {
        public AmazonSageMakerRuntimeConfig() : base(null) { }

        public override string RegionEndpointServiceName => "runtime.sagemaker";
        public override string ServiceVersion => "2017-05-13";
        public override string UserAgent => throw new NotImplementedException();

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotImplementedException();
    }

    public partial interface IAmazonSageMakerRuntime : IAmazonService, IDisposable
    {
        Task<InvokeEndpointResponse> InvokeEndpointAsync(InvokeEndpointRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<InvokeEndpointAsyncResponse> InvokeEndpointAsyncAsync(InvokeEndpointAsyncRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<InvokeEndpointWithResponseStreamResponse> InvokeEndpointWithResponseStreamAsync(InvokeEndpointWithResponseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

        static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonSageMakerRuntimeConfig();

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
        {
            var serviceClientConfig = clientConfig as AmazonSageMakerRuntimeConfig;
            if (serviceClientConfig == null)
            {
                throw new AmazonClientException("ClientConfig is not of type AmazonSageMakerRuntimeConfig to create AmazonSageMakerRuntimeClient");
            }

            return awsCredentials == null ? new AmazonSageMakerRuntimeClient(serviceClientConfig) : new AmazonSageMakerRuntimeClient(awsCredentials, serviceClientConfig);
        }
    }

    public partial class AmazonSageMakerRuntimeClient : AmazonServiceClient, IAmazonSageMakerRuntime
    {
        public AmazonSageMakerRuntimeClient()
            : base(new AmazonSageMakerRuntimeConfig())
        {
        }

        public AmazonSageMakerRuntimeClient(RegionEndpoint region)
            : base(new AmazonSageMakerRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerRuntimeClient(AmazonSageMakerRuntimeConfig config)
            : base(config)
        {
        }

        public AmazonSageMakerRuntimeClient(AWSCredentials credentials)
            : this(credentials, new AmazonSageMakerRuntimeConfig())
        {
        }

        public AmazonSageMakerRuntimeClient(AWSCredentials credentials, RegionEndpoint region)
            : this(credentials, new AmazonSageMakerRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerRuntimeClient(AWSCredentials credentials, AmazonSageMakerRuntimeConfig clientConfig)
            : base(credentials, clientConfig)
        {
        }

        public AmazonSageMakerRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonSageMakerRuntimeConfig())
        {
        }

        public AmazonSageMakerRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonSageMakerRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonSageMakerRuntimeConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
        {
        }

        public AmazonSageMakerRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonSageMakerRuntimeConfig())
        {
        }

        public AmazonSageMakerRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonSageMakerRuntimeConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonSageMakerRuntimeConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
        {
        }

        public virtual Task<InvokeEndpointResponse> InvokeEndpointAsync(InvokeEndpointRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<InvokeEndpointAsyncResponse> InvokeEndpointAsyncAsync(InvokeEndpointAsyncRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<InvokeEndpointWithResponseStreamResponse> InvokeEndpointWithResponseStreamAsync(InvokeEndpointWithResponseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
            => throw new NotImplementedException();
    }
}
