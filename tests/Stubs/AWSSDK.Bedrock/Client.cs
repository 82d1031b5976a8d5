// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Bedrock.Model;

namespace Amazon.Bedrock
{
    public partial class AmazonBedrockRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonBedrockConfig : ClientConfig
    {
        public AmazonBedrockConfig() : base(null) { }

        public override string RegionEndpointServiceName => "bedrock";
        public override string ServiceVersion => "2023-04-20";
        public override string UserAgent => throw new NotImplementedException();

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotImplementedException();
    }

    public partial interface IAmazonBedrock : IAmazonService, IDisposable
    {
        Task<CreateModelCustomizationJobResponse> CreateModelCustomizationJobAsync(CreateModelCustomizationJobRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateModelInvocationJobResponse> CreateModelInvocationJobAsync(CreateModelInvocationJobRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateProvisionedModelThroughputResponse> CreateProvisionedModelThroughputAsync(CreateProvisionedModelThroughputRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ListFoundationModelsResponse> ListFoundationModelsAsync(ListFoundationModelsRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<PutModelInvocationLoggingConfigurationResponse> PutModelInvocationLoggingConfigurationAsync(PutModelInvocationLoggingConfigurationRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

        static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonBedrockConfig();

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
        {
            var serviceClientConfig = clientConfig as AmazonBedrockConfig;
            if (serviceClientConfig == null)
            {
                throw new AmazonClientException("ClientConfig is not of type AmazonBedrockConfig to create AmazonBedrockClient");
            }

            return awsCredentials == null ? new AmazonBedrockClient(serviceClientConfig) : new AmazonBedrockClient(awsCredentials, serviceClientConfig);
        }
    }

    public partial class AmazonBedrockClient : AmazonServiceClient, IAmazonBedrock
    {
        public AmazonBedrockClient()
            : base(new AmazonBedrockConfig())
        {
        }

        public AmazonBedrockClient(RegionEndpoint region)
            : base(new AmazonBedrockConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockClient(AmazonBedrockConfig config)
            : base(config)
        {
        }

        public AmazonBedrockClient(AWSCredentials credentials)
            : this(credentials, new AmazonBedrockConfig())
        {
        }

        public AmazonBedrockClient(AWSCredentials credentials, RegionEndpoint region)
            : this(credentials, new AmazonBedrockConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockClient(AWSCredentials credentials, AmazonBedrockConfig clientConfig)
            : base(credentials, clientConfig)
        {
        }

        public AmazonBedrockClient(string awsAccessKeyId, string awsSecretAccessKey)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonBedrockConfig())
        {
        }

        public AmazonBedrockClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonBedrockConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonBedrockConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
        {
        }

        public AmazonBedrockClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonBedrockConfig())
        {
        }

        public AmazonBedrockClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonBedrockConfig { RegionEndpoint = region })
        {
        }

        public AmazonBedrockClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonBedrockConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
        {
        }

        public virtual Task<CreateModelCustomizationJobResponse> CreateModelCustomizationJobAsync(CreateModelCustomizationJobRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateModelInvocationJobResponse> CreateModelInvocationJobAsync(CreateModelInvocationJobRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateProvisionedModelThroughputResponse> CreateProvisionedModelThroughputAsync(CreateProvisionedModelThroughputRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<ListFoundationModelsResponse> ListFoundationModelsAsync(ListFoundationModelsRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<PutModelInvocationLoggingConfigurationResponse> PutModelInvocationLoggingConfigurationAsync(PutModelInvocationLoggingConfigurationRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
            => throw new NotImplementedException();
    }
}
