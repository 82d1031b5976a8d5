// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.SageMaker.Model;

namespace Amazon.SageMaker
{
    public partial class AmazonSageMakerRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonSageMakerConfig : ClientConfig
    {
        public AmazonSageMakerConfig() : base(null) { }

        public override string RegionEndpointServiceName => "api.sagemaker";
        public override string ServiceVersion => "2017-07-24";
        public override string UserAgent => throw new NotImplementedException();

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotImplementedException();
    }

    public partial interface IAmazonSageMaker : IAmazonService, IDisposable
    {
        Task<CreateEndpointResponse> CreateEndpointAsync(CreateEndpointRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateEndpointConfigResponse> CreateEndpointConfigAsync(CreateEndpointConfigRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateHyperParameterTuningJobResponse> CreateHyperParameterTuningJobAsync(CreateHyperParameterTuningJobRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateInferenceComponentResponse> CreateInferenceComponentAsync(CreateInferenceComponentRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateModelResponse> CreateModelAsync(CreateModelRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateProcessingJobResponse> CreateProcessingJobAsync(CreateProcessingJobRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateTrainingJobResponse> CreateTrainingJobAsync(CreateTrainingJobRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

        static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonSageMakerConfig();

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
        {
            var serviceClientConfig = clientConfig as AmazonSageMakerConfig;
            if (serviceClientConfig == null)
            {
                throw new AmazonClientException("ClientConfig is not of type AmazonSageMakerConfig to create AmazonSageMakerClient");
            }

            return awsCredentials == null ? new AmazonSageMakerClient(serviceClientConfig) : new AmazonSageMakerClient(awsCredentials, serviceClientConfig);
        }
    }

    public partial class AmazonSageMakerClient : AmazonServiceClient, IAmazonSageMaker
    {
        public AmazonSageMakerClient()
            : base(new AmazonSageMakerConfig())
        {
        }

        public AmazonSageMakerClient(RegionEndpoint region)
            : base(new AmazonSageMakerConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerClient(AmazonSageMakerConfig config)
            : base(config)
        {
        }

        public AmazonSageMakerClient(AWSCredentials credentials)
            : this(credentials, new AmazonSageMakerConfig())
        {
        }

        public AmazonSageMakerClient(AWSCredentials credentials, RegionEndpoint region)
            : this(credentials, new AmazonSageMakerConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerClient(AWSCredentials credentials, AmazonSageMakerConfig clientConfig)
            : base(credentials, clientConfig)
        {
        }

        public AmazonSageMakerClient(string awsAccessKeyId, string awsSecretAccessKey)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonSageMakerConfig())
        {
        }

        public AmazonSageMakerClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonSageMakerConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonSageMakerConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
        {
        }

        public AmazonSageMakerClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonSageMakerConfig())
        {
        }

        public AmazonSageMakerClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonSageMakerConfig { RegionEndpoint = region })
        {
        }

        public AmazonSageMakerClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonSageMakerConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
        {
        }

        public virtual Task<CreateEndpointResponse> CreateEndpointAsync(CreateEndpointRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateEndpointConfigResponse> CreateEndpointConfigAsync(CreateEndpointConfigRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateHyperParameterTuningJobResponse> CreateHyperParameterTuningJobAsync(CreateHyperParameterTuningJobRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateInferenceComponentResponse> CreateInferenceComponentAsync(CreateInferenceComponentRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateModelResponse> CreateModelAsync(CreateModelRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateProcessingJobResponse> CreateProcessingJobAsync(CreateProcessingJobRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<CreateTrainingJobResponse> CreateTrainingJobAsync(CreateTrainingJobRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
            => throw new NotImplementedException();
    }
}
