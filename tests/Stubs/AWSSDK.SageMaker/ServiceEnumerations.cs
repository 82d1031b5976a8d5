// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using Amazon.Runtime;

namespace Amazon.SageMaker
{
    // members from the service model as known to the author, not read at the pinned commit; see README
    public class CapacityReservationPreference : ConstantClass
    {
        public static readonly CapacityReservationPreference CapacityReservationsOnly = new CapacityReservationPreference("capacity-reservations-only");

        public CapacityReservationPreference(string value) : base(value) { }

        public static CapacityReservationPreference FindValue(string value) { return FindValue<CapacityReservationPreference>(value); }

        public static implicit operator CapacityReservationPreference(string value) { return FindValue(value); }
    }

    public class CaptureMode : ConstantClass
    {
        public static readonly CaptureMode Input = new CaptureMode("Input");
        public static readonly CaptureMode InputAndOutput = new CaptureMode("InputAndOutput");
        public static readonly CaptureMode Output = new CaptureMode("Output");

        public CaptureMode(string value) : base(value) { }

        public static CaptureMode FindValue(string value) { return FindValue<CaptureMode>(value); }

        public static implicit operator CaptureMode(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class CompressionType : ConstantClass
    {
        public static readonly CompressionType Gzip = new CompressionType("Gzip");
        public static readonly CompressionType None = new CompressionType("None");

        public CompressionType(string value) : base(value) { }

        public static CompressionType FindValue(string value) { return FindValue<CompressionType>(value); }

        public static implicit operator CompressionType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class ContainerMode : ConstantClass
    {
        public static readonly ContainerMode MultiModel = new ContainerMode("MultiModel");
        public static readonly ContainerMode SingleModel = new ContainerMode("SingleModel");

        public ContainerMode(string value) : base(value) { }

        public static ContainerMode FindValue(string value) { return FindValue<ContainerMode>(value); }

        public static implicit operator ContainerMode(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class HyperParameterTuningAllocationStrategy : ConstantClass
    {
        public static readonly HyperParameterTuningAllocationStrategy Prioritized = new HyperParameterTuningAllocationStrategy("Prioritized");

        public HyperParameterTuningAllocationStrategy(string value) : base(value) { }

        public static HyperParameterTuningAllocationStrategy FindValue(string value) { return FindValue<HyperParameterTuningAllocationStrategy>(value); }

        public static implicit operator HyperParameterTuningAllocationStrategy(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class ManagedInstanceScalingStatus : ConstantClass
    {
        public static readonly ManagedInstanceScalingStatus DISABLED = new ManagedInstanceScalingStatus("DISABLED");
        public static readonly ManagedInstanceScalingStatus ENABLED = new ManagedInstanceScalingStatus("ENABLED");

        public ManagedInstanceScalingStatus(string value) : base(value) { }

        public static ManagedInstanceScalingStatus FindValue(string value) { return FindValue<ManagedInstanceScalingStatus>(value); }

        public static implicit operator ManagedInstanceScalingStatus(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class OutputCompressionType : ConstantClass
    {
        public static readonly OutputCompressionType GZIP = new OutputCompressionType("GZIP");
        public static readonly OutputCompressionType NONE = new OutputCompressionType("NONE");

        public OutputCompressionType(string value) : base(value) { }

        public static OutputCompressionType FindValue(string value) { return FindValue<OutputCompressionType>(value); }

        public static implicit operator OutputCompressionType(string value) { return FindValue(value); }
    }

    public class ProcessingInstanceType : ConstantClass
    {
        public static readonly ProcessingInstanceType MlC42xlarge = new ProcessingInstanceType("ml.c4.2xlarge");
        public static readonly ProcessingInstanceType MlC44xlarge = new ProcessingInstanceType("ml.c4.4xlarge");
        public static readonly ProcessingInstanceType MlC48xlarge = new ProcessingInstanceType("ml.c4.8xlarge");
        public static readonly ProcessingInstanceType MlC4Xlarge = new ProcessingInstanceType("ml.c4.xlarge");
        public static readonly ProcessingInstanceType MlC518xlarge = new ProcessingInstanceType("ml.c5.18xlarge");
        public static readonly ProcessingInstanceType MlC52xlarge = new ProcessingInstanceType("ml.c5.2xlarge");
        public static readonly ProcessingInstanceType MlC54xlarge = new ProcessingInstanceType("ml.c5.4xlarge");
        public static readonly ProcessingInstanceType MlC59xlarge = new ProcessingInstanceType("ml.c5.9xlarge");
        public static readonly ProcessingInstanceType MlC5Xlarge = new ProcessingInstanceType("ml.c5.xlarge");
        public static readonly ProcessingInstanceType MlC6i12xlarge = new ProcessingInstanceType("ml.c6i.12xlarge");
        public static readonly ProcessingInstanceType MlC6i16xlarge = new ProcessingInstanceType("ml.c6i.16xlarge");
        public static readonly ProcessingInstanceType MlC6i24xlarge = new ProcessingInstanceType("ml.c6i.24xlarge");
        public static readonly ProcessingInstanceType MlC6i2xlarge = new ProcessingInstanceType("ml.c6i.2xlarge");
        public static readonly ProcessingInstanceType MlC6i32xlarge = new ProcessingInstanceType("ml.c6i.32xlarge");
        public static readonly ProcessingInstanceType MlC6i4xlarge = new ProcessingInstanceType("ml.c6i.4xlarge");
        public static readonly ProcessingInstanceType MlC6i8xlarge = new ProcessingInstanceType("ml.c6i.8xlarge");
        public static readonly ProcessingInstanceType MlC6iXlarge = new ProcessingInstanceType("ml.c6i.xlarge");
        public static readonly ProcessingInstanceType MlC7i12xlarge = new ProcessingInstanceType("ml.c7i.12xlarge");
        public static readonly ProcessingInstanceType MlC7i16xlarge = new ProcessingInstanceType("ml.c7i.16xlarge");
        public static readonly ProcessingInstanceType MlC7i24xlarge = new ProcessingInstanceType("ml.c7i.24xlarge");
        public static readonly ProcessingInstanceType MlC7i2xlarge = new ProcessingInstanceType("ml.c7i.2xlarge");
        public static readonly ProcessingInstanceType MlC7i48xlarge = new ProcessingInstanceType("ml.c7i.48xlarge");
        public static readonly ProcessingInstanceType MlC7i4xlarge = new ProcessingInstanceType("ml.c7i.4xlarge");
        public static readonly ProcessingInstanceType MlC7i8xlarge = new ProcessingInstanceType("ml.c7i.8xlarge");
        public static readonly ProcessingInstanceType MlC7iLarge = new ProcessingInstanceType("ml.c7i.large");
        public static readonly ProcessingInstanceType MlC7iXlarge = new ProcessingInstanceType("ml.c7i.xlarge");
        public static readonly ProcessingInstanceType MlG4dn12xlarge = new ProcessingInstanceType("ml.g4dn.12xlarge");
        public static readonly ProcessingInstanceType MlG4dn16xlarge = new ProcessingInstanceType("ml.g4dn.16xlarge");
        public static readonly ProcessingInstanceType MlG4dn2xlarge = new ProcessingInstanceType("ml.g4dn.2xlarge");
        public static readonly ProcessingInstanceType MlG4dn4xlarge = new ProcessingInstanceType("ml.g4dn.4xlarge");
        public static readonly ProcessingInstanceType MlG4dn8xlarge = new ProcessingInstanceType("ml.g4dn.8xlarge");
        public static readonly ProcessingInstanceType MlG4dnXlarge = new ProcessingInstanceType("ml.g4dn.xlarge");
        public static readonly ProcessingInstanceType MlG512xlarge = new ProcessingInstanceType("ml.g5.12xlarge");
        public static readonly ProcessingInstanceType MlG516xlarge = new ProcessingInstanceType("ml.g5.16xlarge");
        public static readonly ProcessingInstanceType MlG524xlarge = new ProcessingInstanceType("ml.g5.24xlarge");
        public static readonly ProcessingInstanceType MlG52xlarge = new ProcessingInstanceType("ml.g5.2xlarge");
        public static readonly ProcessingInstanceType MlG548xlarge = new ProcessingInstanceType("ml.g5.48xlarge");
        public static readonly ProcessingInstanceType MlG54xlarge = new ProcessingInstanceType("ml.g5.4xlarge");
        public static readonly ProcessingInstanceType MlG58xlarge = new ProcessingInstanceType("ml.g5.8xlarge");
        public static readonly ProcessingInstanceType MlG5Xlarge = new ProcessingInstanceType("ml.g5.xlarge");
        public static readonly ProcessingInstanceType MlG612xlarge = new ProcessingInstanceType("ml.g6.12xlarge");
        public static readonly ProcessingInstanceType MlG616xlarge = new ProcessingInstanceType("ml.g6.16xlarge");
        public static readonly ProcessingInstanceType MlG624xlarge = new ProcessingInstanceType("ml.g6.24xlarge");
        public static readonly ProcessingInstanceType MlG62xlarge = new ProcessingInstanceType("ml.g6.2xlarge");
        public static readonly ProcessingInstanceType MlG648xlarge = new ProcessingInstanceType("ml.g6.48xlarge");
        public static readonly ProcessingInstanceType MlG64xlarge = new ProcessingInstanceType("ml.g6.4xlarge");
        public static readonly ProcessingInstanceType MlG68xlarge = new ProcessingInstanceType("ml.g6.8xlarge");
        public static readonly ProcessingInstanceType MlG6Xlarge = new ProcessingInstanceType("ml.g6.xlarge");
        public static readonly ProcessingInstanceType MlG6e12xlarge = new ProcessingInstanceType("ml.g6e.12xlarge");
        public static readonly ProcessingInstanceType MlG6e16xlarge = new ProcessingInstanceType("ml.g6e.16xlarge");
        public static readonly ProcessingInstanceType MlG6e24xlarge = new ProcessingInstanceType("ml.g6e.24xlarge");
        public static readonly ProcessingInstanceType MlG6e2xlarge = new ProcessingInstanceType("ml.g6e.2xlarge");
        public static readonly ProcessingInstanceType MlG6e48xlarge = new ProcessingInstanceType("ml.g6e.48xlarge");
        public static readonly ProcessingInstanceType MlG6e4xlarge = new ProcessingInstanceType("ml.g6e.4xlarge");
        public static readonly ProcessingInstanceType MlG6e8xlarge = new ProcessingInstanceType("ml.g6e.8xlarge");
        public static readonly ProcessingInstanceType MlG6eXlarge = new ProcessingInstanceType("ml.g6e.xlarge");
        public static readonly ProcessingInstanceType MlM410xlarge = new ProcessingInstanceType("ml.m4.10xlarge");
        public static readonly ProcessingInstanceType MlM416xlarge = new ProcessingInstanceType("ml.m4.16xlarge");
        public static readonly ProcessingInstanceType MlM42xlarge = new ProcessingInstanceType("ml.m4.2xlarge");
        public static readonly ProcessingInstanceType MlM44xlarge = new ProcessingInstanceType("ml.m4.4xlarge");
        public static readonly ProcessingInstanceType MlM4Xlarge = new ProcessingInstanceType("ml.m4.xlarge");
        public static readonly ProcessingInstanceType MlM512xlarge = new ProcessingInstanceType("ml.m5.12xlarge");
        public static readonly ProcessingInstanceType MlM524xlarge = new ProcessingInstanceType("ml.m5.24xlarge");
        public static readonly ProcessingInstanceType MlM52xlarge = new ProcessingInstanceType("ml.m5.2xlarge");
        public static readonly ProcessingInstanceType MlM54xlarge = new ProcessingInstanceType("ml.m5.4xlarge");
        public static readonly ProcessingInstanceType MlM5Large = new ProcessingInstanceType("ml.m5.large");
        public static readonly ProcessingInstanceType MlM5Xlarge = new ProcessingInstanceType("ml.m5.xlarge");
        public static readonly ProcessingInstanceType MlM6i12xlarge = new ProcessingInstanceType("ml.m6i.12xlarge");
        public static readonly ProcessingInstanceType MlM6i16xlarge = new ProcessingInstanceType("ml.m6i.16xlarge");
        public static readonly ProcessingInstanceType MlM6i24xlarge = new ProcessingInstanceType("ml.m6i.24xlarge");
        public static readonly ProcessingInstanceType MlM6i2xlarge = new ProcessingInstanceType("ml.m6i.2xlarge");
        public static readonly ProcessingInstanceType MlM6i32xlarge = new ProcessingInstanceType("ml.m6i.32xlarge");
        public static readonly ProcessingInstanceType MlM6i4xlarge = new ProcessingInstanceType("ml.m6i.4xlarge");
        public static readonly ProcessingInstanceType MlM6i8xlarge = new ProcessingInstanceType("ml.m6i.8xlarge");
        public static readonly ProcessingInstanceType MlM6iLarge = new ProcessingInstanceType("ml.m6i.large");
        public static readonly ProcessingInstanceType MlM6iXlarge = new ProcessingInstanceType("ml.m6i.xlarge");
        public static readonly ProcessingInstanceType MlM7i12xlarge = new ProcessingInstanceType("ml.m7i.12xlarge");
        public static readonly ProcessingInstanceType MlM7i16xlarge = new ProcessingInstanceType("ml.m7i.16xlarge");
        public static readonly ProcessingInstanceType MlM7i24xlarge = new ProcessingInstanceType("ml.m7i.24xlarge");
        public static readonly ProcessingInstanceType MlM7i2xlarge = new ProcessingInstanceType("ml.m7i.2xlarge");
        public static readonly ProcessingInstanceType MlM7i48xlarge = new ProcessingInstanceType("ml.m7i.48xlarge");
        public static readonly ProcessingInstanceType MlM7i4xlarge = new ProcessingInstanceType("ml.m7i.4xlarge");
        public static readonly ProcessingInstanceType MlM7i8xlarge = new ProcessingInstanceType("ml.m7i.8xlarge");
        public static readonly ProcessingInstanceType MlM7iLarge = new ProcessingInstanceType("ml.m7i.large");
        public static readonly ProcessingInstanceType MlM7iXlarge = new ProcessingInstanceType("ml.m7i.xlarge");
        public static readonly ProcessingInstanceType MlP216xlarge = new ProcessingInstanceType("ml.p2.16xlarge");
        public static readonly ProcessingInstanceType MlP28xlarge = new ProcessingInstanceType("ml.p2.8xlarge");
        public static readonly ProcessingInstanceType MlP2Xlarge = new ProcessingInstanceType("ml.p2.xlarge");
        public static readonly ProcessingInstanceType MlP316xlarge = new ProcessingInstanceType("ml.p3.16xlarge");
        public static readonly ProcessingInstanceType MlP32xlarge = new ProcessingInstanceType("ml.p3.2xlarge");
        public static readonly ProcessingInstanceType MlP38xlarge = new ProcessingInstanceType("ml.p3.8xlarge");
        public static readonly ProcessingInstanceType MlP54xlarge = new ProcessingInstanceType("ml.p5.4xlarge");
        public static readonly ProcessingInstanceType MlR512xlarge = new ProcessingInstanceType("ml.r5.12xlarge");
        public static readonly ProcessingInstanceType MlR516xlarge = new ProcessingInstanceType("ml.r5.16xlarge");
        public static readonly ProcessingInstanceType MlR524xlarge = new ProcessingInstanceType("ml.r5.24xlarge");
        public static readonly ProcessingInstanceType MlR52xlarge = new ProcessingInstanceType("ml.r5.2xlarge");
        public static readonly ProcessingInstanceType MlR54xlarge = new ProcessingInstanceType("ml.r5.4xlarge");
        public static readonly ProcessingInstanceType MlR58xlarge = new ProcessingInstanceType("ml.r5.8xlarge");
        public static readonly ProcessingInstanceType MlR5Large = new ProcessingInstanceType("ml.r5.large");
        public static readonly ProcessingInstanceType MlR5Xlarge = new ProcessingInstanceType("ml.r5.xlarge");
        public static readonly ProcessingInstanceType MlR5d12xlarge = new ProcessingInstanceType("ml.r5d.12xlarge");
        public static readonly ProcessingInstanceType MlR5d16xlarge = new ProcessingInstanceType("ml.r5d.16xlarge");
        public static readonly ProcessingInstanceType MlR5d24xlarge = new ProcessingInstanceType("ml.r5d.24xlarge");
        public static readonly ProcessingInstanceType MlR5d2xlarge = new ProcessingInstanceType("ml.r5d.2xlarge");
        public static readonly ProcessingInstanceType MlR5d4xlarge = new ProcessingInstanceType("ml.r5d.4xlarge");
        public static readonly ProcessingInstanceType MlR5d8xlarge = new ProcessingInstanceType("ml.r5d.8xlarge");
        public static readonly ProcessingInstanceType MlR5dLarge = new ProcessingInstanceType("ml.r5d.large");
        public static readonly ProcessingInstanceType MlR5dXlarge = new ProcessingInstanceType("ml.r5d.xlarge");
        public static readonly ProcessingInstanceType MlR7i12xlarge = new ProcessingInstanceType("ml.r7i.12xlarge");
        public static readonly ProcessingInstanceType MlR7i16xlarge = new ProcessingInstanceType("ml.r7i.16xlarge");
        public static readonly ProcessingInstanceType MlR7i24xlarge = new ProcessingInstanceType("ml.r7i.24xlarge");
        public static readonly ProcessingInstanceType MlR7i2xlarge = new ProcessingInstanceType("ml.r7i.2xlarge");
        public static readonly ProcessingInstanceType MlR7i48xlarge = new ProcessingInstanceType("ml.r7i.48xlarge");
        public static readonly ProcessingInstanceType MlR7i4xlarge = new ProcessingInstanceType("ml.r7i.4xlarge");
        public static readonly ProcessingInstanceType MlR7i8xlarge = new ProcessingInstanceType("ml.r7i.8xlarge");
        public static readonly ProcessingInstanceType MlR7iLarge = new ProcessingInstanceType("ml.r7i.large");
        public static readonly ProcessingInstanceType MlR7iXlarge = new ProcessingInstanceType("ml.r7i.xlarge");
        public static readonly ProcessingInstanceType MlT32xlarge = new ProcessingInstanceType("ml.t3.2xlarge");
        public static readonly ProcessingInstanceType MlT3Large = new ProcessingInstanceType("ml.t3.large");
        public static readonly ProcessingInstanceType MlT3Medium = new ProcessingInstanceType("ml.t3.medium");
        public static readonly ProcessingInstanceType MlT3Xlarge = new ProcessingInstanceType("ml.t3.xlarge");

        public ProcessingInstanceType(string value) : base(value) { }

        public static ProcessingInstanceType FindValue(string value) { return FindValue<ProcessingInstanceType>(value); }

        public static implicit operator ProcessingInstanceType(string value) { return FindValue(value); }
    }

    public class ProductionVariantAcceleratorType : ConstantClass
    {
        public static readonly ProductionVariantAcceleratorType MlEia1Large = new ProductionVariantAcceleratorType("ml.eia1.large");
        public static readonly ProductionVariantAcceleratorType MlEia1Medium = new ProductionVariantAcceleratorType("ml.eia1.medium");
        public static readonly ProductionVariantAcceleratorType MlEia1Xlarge = new ProductionVariantAcceleratorType("ml.eia1.xlarge");
        public static readonly ProductionVariantAcceleratorType MlEia2Large = new ProductionVariantAcceleratorType("ml.eia2.large");
        public static readonly ProductionVariantAcceleratorType MlEia2Medium = new ProductionVariantAcceleratorType("ml.eia2.medium");
        public static readonly ProductionVariantAcceleratorType MlEia2Xlarge = new ProductionVariantAcceleratorType("ml.eia2.xlarge");

        public ProductionVariantAcceleratorType(string value) : base(value) { }

        public static ProductionVariantAcceleratorType FindValue(string value) { return FindValue<ProductionVariantAcceleratorType>(value); }

        public static implicit operator ProductionVariantAcceleratorType(string value) { return FindValue(value); }
    }

    public class ProductionVariantInferenceAmiVersion : ConstantClass
    {
        public static readonly ProductionVariantInferenceAmiVersion Al2AmiSagemakerInferenceGpu2 = new ProductionVariantInferenceAmiVersion("al2-ami-sagemaker-inference-gpu-2");
        public static readonly ProductionVariantInferenceAmiVersion Al2AmiSagemakerInferenceGpu21 = new ProductionVariantInferenceAmiVersion("al2-ami-sagemaker-inference-gpu-2-1");
        public static readonly ProductionVariantInferenceAmiVersion Al2AmiSagemakerInferenceGpu31 = new ProductionVariantInferenceAmiVersion("al2-ami-sagemaker-inference-gpu-3-1");
        public static readonly ProductionVariantInferenceAmiVersion Al2AmiSagemakerInferenceNeuron2 = new ProductionVariantInferenceAmiVersion("al2-ami-sagemaker-inference-neuron-2");

        public ProductionVariantInferenceAmiVersion(string value) : base(value) { }

        public static ProductionVariantInferenceAmiVersion FindValue(string value) { return FindValue<ProductionVariantInferenceAmiVersion>(value); }

        public static implicit operator ProductionVariantInferenceAmiVersion(string value) { return FindValue(value); }
    }

    public class ProductionVariantInstanceType : ConstantClass
    {
        public static readonly ProductionVariantInstanceType MlC42xlarge = new ProductionVariantInstanceType("ml.c4.2xlarge");
        public static readonly ProductionVariantInstanceType MlC44xlarge = new ProductionVariantInstanceType("ml.c4.4xlarge");
        public static readonly ProductionVariantInstanceType MlC48xlarge = new ProductionVariantInstanceType("ml.c4.8xlarge");
        public static readonly ProductionVariantInstanceType MlC4Large = new ProductionVariantInstanceType("ml.c4.large");
        public static readonly ProductionVariantInstanceType MlC4Xlarge = new ProductionVariantInstanceType("ml.c4.xlarge");
        public static readonly ProductionVariantInstanceType MlC518xlarge = new ProductionVariantInstanceType("ml.c5.18xlarge");
        public static readonly ProductionVariantInstanceType MlC52xlarge = new ProductionVariantInstanceType("ml.c5.2xlarge");
        public static readonly ProductionVariantInstanceType MlC54xlarge = new ProductionVariantInstanceType("ml.c5.4xlarge");
        public static readonly ProductionVariantInstanceType MlC59xlarge = new ProductionVariantInstanceType("ml.c5.9xlarge");
        public static readonly ProductionVariantInstanceType MlC5Large = new ProductionVariantInstanceType("ml.c5.large");
        public static readonly ProductionVariantInstanceType MlC5Xlarge = new ProductionVariantInstanceType("ml.c5.xlarge");
        public static readonly ProductionVariantInstanceType MlC5d18xlarge = new ProductionVariantInstanceType("ml.c5d.18xlarge");
        public static readonly ProductionVariantInstanceType MlC5d2xlarge = new ProductionVariantInstanceType("ml.c5d.2xlarge");
        public static readonly ProductionVariantInstanceType MlC5d4xlarge = new ProductionVariantInstanceType("ml.c5d.4xlarge");
        public static readonly ProductionVariantInstanceType MlC5d9xlarge = new ProductionVariantInstanceType("ml.c5d.9xlarge");
        public static readonly ProductionVariantInstanceType MlC5dLarge = new ProductionVariantInstanceType("ml.c5d.large");
        public static readonly ProductionVariantInstanceType MlC5dXlarge = new ProductionVariantInstanceType("ml.c5d.xlarge");
        public static readonly ProductionVariantInstanceType MlC6g12xlarge = new ProductionVariantInstanceType("ml.c6g.12xlarge");
        public static readonly ProductionVariantInstanceType MlC6g16xlarge = new ProductionVariantInstanceType("ml.c6g.16xlarge");
        public static readonly ProductionVariantInstanceType MlC6g2xlarge = new ProductionVariantInstanceType("ml.c6g.2xlarge");
        public static readonly ProductionVariantInstanceType MlC6g4xlarge = new ProductionVariantInstanceType("ml.c6g.4xlarge");
        public static readonly ProductionVariantInstanceType MlC6g8xlarge = new ProductionVariantInstanceType("ml.c6g.8xlarge");
        public static readonly ProductionVariantInstanceType MlC6gLarge = new ProductionVariantInstanceType("ml.c6g.large");
        public static readonly ProductionVariantInstanceType MlC6gXlarge = new ProductionVariantInstanceType("ml.c6g.xlarge");
        public static readonly ProductionVariantInstanceType MlC6gd12xlarge = new ProductionVariantInstanceType("ml.c6gd.12xlarge");
        public static readonly ProductionVariantInstanceType MlC6gd16xlarge = new ProductionVariantInstanceType("ml.c6gd.16xlarge");
        public static readonly ProductionVariantInstanceType MlC6gd2xlarge = new ProductionVariantInstanceType("ml.c6gd.2xlarge");
        public static readonly ProductionVariantInstanceType MlC6gd4xlarge = new ProductionVariantInstanceType("ml.c6gd.4xlarge");
        public static readonly ProductionVariantInstanceType MlC6gd8xlarge = new ProductionVariantInstanceType("ml.c6gd.8xlarge");
        public static readonly ProductionVariantInstanceType MlC6gdLarge = new ProductionVariantInstanceType("ml.c6gd.large");
        public static readonly ProductionVariantInstanceType MlC6gdXlarge = new ProductionVariantInstanceType("ml.c6gd.xlarge");
        public static readonly ProductionVariantInstanceType MlC6gn12xlarge = new ProductionVariantInstanceType("ml.c6gn.12xlarge");
        public static readonly ProductionVariantInstanceType MlC6gn16xlarge = new ProductionVariantInstanceType("ml.c6gn.16xlarge");
        public static readonly ProductionVariantInstanceType MlC6gn2xlarge = new ProductionVariantInstanceType("ml.c6gn.2xlarge");
        public static readonly ProductionVariantInstanceType MlC6gn4xlarge = new ProductionVariantInstanceType("ml.c6gn.4xlarge");
        public static readonly ProductionVariantInstanceType MlC6gn8xlarge = new ProductionVariantInstanceType("ml.c6gn.8xlarge");
        public static readonly ProductionVariantInstanceType MlC6gnLarge = new ProductionVariantInstanceType("ml.c6gn.large");
        public static readonly ProductionVariantInstanceType MlC6gnXlarge = new ProductionVariantInstanceType("ml.c6gn.xlarge");
        public static readonly ProductionVariantInstanceType MlC6i12xlarge = new ProductionVariantInstanceType("ml.c6i.12xlarge");
        public static readonly ProductionVariantInstanceType MlC6i16xlarge = new ProductionVariantInstanceType("ml.c6i.16xlarge");
        public static readonly ProductionVariantInstanceType MlC6i24xlarge = new ProductionVariantInstanceType("ml.c6i.24xlarge");
        public static readonly ProductionVariantInstanceType MlC6i2xlarge = new ProductionVariantInstanceType("ml.c6i.2xlarge");
        public static readonly ProductionVariantInstanceType MlC6i32xlarge = new ProductionVariantInstanceType("ml.c6i.32xlarge");
        public static readonly ProductionVariantInstanceType MlC6i4xlarge = new ProductionVariantInstanceType("ml.c6i.4xlarge");
        public static readonly ProductionVariantInstanceType MlC6i8xlarge = new ProductionVariantInstanceType("ml.c6i.8xlarge");
        public static readonly ProductionVariantInstanceType MlC6iLarge = new ProductionVariantInstanceType("ml.c6i.large");
        public static readonly ProductionVariantInstanceType MlC6iXlarge = new ProductionVariantInstanceType("ml.c6i.xlarge");
        public static readonly ProductionVariantInstanceType MlC6in12xlarge = new ProductionVariantInstanceType("ml.c6in.12xlarge");
        public static readonly ProductionVariantInstanceType MlC6in16xlarge = new ProductionVariantInstanceType("ml.c6in.16xlarge");
        public static readonly ProductionVariantInstanceType MlC6in24xlarge = new ProductionVariantInstanceType("ml.c6in.24xlarge");
        public static readonly ProductionVariantInstanceType MlC6in2xlarge = new ProductionVariantInstanceType("ml.c6in.2xlarge");
        public static readonly ProductionVariantInstanceType MlC6in32xlarge = new ProductionVariantInstanceType("ml.c6in.32xlarge");
        public static readonly ProductionVariantInstanceType MlC6in4xlarge = new ProductionVariantInstanceType("ml.c6in.4xlarge");
        public static readonly ProductionVariantInstanceType MlC6in8xlarge = new ProductionVariantInstanceType("ml.c6in.8xlarge");
        public static readonly ProductionVariantInstanceType MlC6inLarge = new ProductionVariantInstanceType("ml.c6in.large");
        public static readonly ProductionVariantInstanceType MlC6inXlarge = new ProductionVariantInstanceType("ml.c6in.xlarge");
        public static readonly ProductionVariantInstanceType MlC7g12xlarge = new ProductionVariantInstanceType("ml.c7g.12xlarge");
        public static readonly ProductionVariantInstanceType MlC7g16xlarge = new ProductionVariantInstanceType("ml.c7g.16xlarge");
        public static readonly ProductionVariantInstanceType MlC7g2xlarge = new ProductionVariantInstanceType("ml.c7g.2xlarge");
        public static readonly ProductionVariantInstanceType MlC7g4xlarge = new ProductionVariantInstanceType("ml.c7g.4xlarge");
        public static readonly ProductionVariantInstanceType MlC7g8xlarge = new ProductionVariantInstanceType("ml.c7g.8xlarge");
        public static readonly ProductionVariantInstanceType MlC7gLarge = new ProductionVariantInstanceType("ml.c7g.large");
        public static readonly ProductionVariantInstanceType MlC7gXlarge = new ProductionVariantInstanceType("ml.c7g.xlarge");
        public static readonly ProductionVariantInstanceType MlC7i12xlarge = new ProductionVariantInstanceType("ml.c7i.12xlarge");
        public static readonly ProductionVariantInstanceType MlC7i16xlarge = new ProductionVariantInstanceType("ml.c7i.16xlarge");
        public static readonly ProductionVariantInstanceType MlC7i24xlarge = new ProductionVariantInstanceType("ml.c7i.24xlarge");
        public static readonly ProductionVariantInstanceType MlC7i2xlarge = new ProductionVariantInstanceType("ml.c7i.2xlarge");
        public static readonly ProductionVariantInstanceType MlC7i48xlarge = new ProductionVariantInstanceType("ml.c7i.48xlarge");
        public static readonly ProductionVariantInstanceType MlC7i4xlarge = new ProductionVariantInstanceType("ml.c7i.4xlarge");
        public static readonly ProductionVariantInstanceType MlC7i8xlarge = new ProductionVariantInstanceType("ml.c7i.8xlarge");
        public static readonly ProductionVariantInstanceType MlC7iLarge = new ProductionVariantInstanceType("ml.c7i.large");
        public static readonly ProductionVariantInstanceType MlC7iXlarge = new ProductionVariantInstanceType("ml.c7i.xlarge");
        public static readonly ProductionVariantInstanceType MlC8g12xlarge = new ProductionVariantInstanceType("ml.c8g.12xlarge");
        public static readonly ProductionVariantInstanceType MlC8g16xlarge = new ProductionVariantInstanceType("ml.c8g.16xlarge");
        public static readonly ProductionVariantInstanceType MlC8g24xlarge = new ProductionVariantInstanceType("ml.c8g.24xlarge");
        public static readonly ProductionVariantInstanceType MlC8g2xlarge = new ProductionVariantInstanceType("ml.c8g.2xlarge");
        public static readonly ProductionVariantInstanceType MlC8g48xlarge = new ProductionVariantInstanceType("ml.c8g.48xlarge");
        public static readonly ProductionVariantInstanceType MlC8g4xlarge = new ProductionVariantInstanceType("ml.c8g.4xlarge");
        public static readonly ProductionVariantInstanceType MlC8g8xlarge = new ProductionVariantInstanceType("ml.c8g.8xlarge");
        public static readonly ProductionVariantInstanceType MlC8gLarge = new ProductionVariantInstanceType("ml.c8g.large");
        public static readonly ProductionVariantInstanceType MlC8gMedium = new ProductionVariantInstanceType("ml.c8g.medium");
        public static readonly ProductionVariantInstanceType MlC8gXlarge = new ProductionVariantInstanceType("ml.c8g.xlarge");
        public static readonly ProductionVariantInstanceType MlDl124xlarge = new ProductionVariantInstanceType("ml.dl1.24xlarge");
        public static readonly ProductionVariantInstanceType MlG4dn12xlarge = new ProductionVariantInstanceType("ml.g4dn.12xlarge");
        public static readonly ProductionVariantInstanceType MlG4dn16xlarge = new ProductionVariantInstanceType("ml.g4dn.16xlarge");
        public static readonly ProductionVariantInstanceType MlG4dn2xlarge = new ProductionVariantInstanceType("ml.g4dn.2xlarge");
        public static readonly ProductionVariantInstanceType MlG4dn4xlarge = new ProductionVariantInstanceType("ml.g4dn.4xlarge");
        public static readonly ProductionVariantInstanceType MlG4dn8xlarge = new ProductionVariantInstanceType("ml.g4dn.8xlarge");
        public static readonly ProductionVariantInstanceType MlG4dnXlarge = new ProductionVariantInstanceType("ml.g4dn.xlarge");
        public static readonly ProductionVariantInstanceType MlG512xlarge = new ProductionVariantInstanceType("ml.g5.12xlarge");
        public static readonly ProductionVariantInstanceType MlG516xlarge = new ProductionVariantInstanceType("ml.g5.16xlarge");
        public static readonly ProductionVariantInstanceType MlG524xlarge = new ProductionVariantInstanceType("ml.g5.24xlarge");
        public static readonly ProductionVariantInstanceType MlG52xlarge = new ProductionVariantInstanceType("ml.g5.2xlarge");
        public static readonly ProductionVariantInstanceType MlG548xlarge = new ProductionVariantInstanceType("ml.g5.48xlarge");
        public static readonly ProductionVariantInstanceType MlG54xlarge = new ProductionVariantInstanceType("ml.g5.4xlarge");
        public static readonly ProductionVariantInstanceType MlG58xlarge = new ProductionVariantInstanceType("ml.g5.8xlarge");
        public static readonly ProductionVariantInstanceType MlG5Xlarge = new ProductionVariantInstanceType("ml.g5.xlarge");
        public static readonly ProductionVariantInstanceType MlG612xlarge = new ProductionVariantInstanceType("ml.g6.12xlarge");
        public static readonly ProductionVariantInstanceType MlG616xlarge = new ProductionVariantInstanceType("ml.g6.16xlarge");
        public static readonly ProductionVariantInstanceType MlG624xlarge = new ProductionVariantInstanceType("ml.g6.24xlarge");
        public static readonly ProductionVariantInstanceType MlG62xlarge = new ProductionVariantInstanceType("ml.g6.2xlarge");
        public static readonly ProductionVariantInstanceType MlG648xlarge = new ProductionVariantInstanceType("ml.g6.48xlarge");
        public static readonly ProductionVariantInstanceType MlG64xlarge = new ProductionVariantInstanceType("ml.g6.4xlarge");
        public static readonly ProductionVariantInstanceType MlG68xlarge = new ProductionVariantInstanceType("ml.g6.8xlarge");
        public static readonly ProductionVariantInstanceType MlG6Xlarge = new ProductionVariantInstanceType("ml.g6.xlarge");
        public static readonly ProductionVariantInstanceType MlG6e12xlarge = new ProductionVariantInstanceType("ml.g6e.12xlarge");
        public static readonly ProductionVariantInstanceType MlG6e16xlarge = new ProductionVariantInstanceType("ml.g6e.16xlarge");
        public static readonly ProductionVariantInstanceType MlG6e24xlarge = new ProductionVariantInstanceType("ml.g6e.24xlarge");
        public static readonly ProductionVariantInstanceType MlG6e2xlarge = new ProductionVariantInstanceType("ml.g6e.2xlarge");
        public static readonly ProductionVariantInstanceType MlG6e48xlarge = new ProductionVariantInstanceType("ml.g6e.48xlarge");
        public static readonly ProductionVariantInstanceType MlG6e4xlarge = new ProductionVariantInstanceType("ml.g6e.4xlarge");
        public static readonly ProductionVariantInstanceType MlG6e8xlarge = new ProductionVariantInstanceType("ml.g6e.8xlarge");
        public static readonly ProductionVariantInstanceType MlG6eXlarge = new ProductionVariantInstanceType("ml.g6e.xlarge");
        public static readonly ProductionVariantInstanceType MlInf124xlarge = new ProductionVariantInstanceType("ml.inf1.24xlarge");
        public static readonly ProductionVariantInstanceType MlInf12xlarge = new ProductionVariantInstanceType("ml.inf1.2xlarge");
        public static readonly ProductionVariantInstanceType MlInf16xlarge = new ProductionVariantInstanceType("ml.inf1.6xlarge");
        public static readonly ProductionVariantInstanceType MlInf1Xlarge = new ProductionVariantInstanceType("ml.inf1.xlarge");
        public static readonly ProductionVariantInstanceType MlInf224xlarge = new ProductionVariantInstanceType("ml.inf2.24xlarge");
        public static readonly ProductionVariantInstanceType MlInf248xlarge = new ProductionVariantInstanceType("ml.inf2.48xlarge");
        public static readonly ProductionVariantInstanceType MlInf28xlarge = new ProductionVariantInstanceType("ml.inf2.8xlarge");
        public static readonly ProductionVariantInstanceType MlInf2Xlarge = new ProductionVariantInstanceType("ml.inf2.xlarge");
        public static readonly ProductionVariantInstanceType MlM410xlarge = new ProductionVariantInstanceType("ml.m4.10xlarge");
        public static readonly ProductionVariantInstanceType MlM416xlarge = new ProductionVariantInstanceType("ml.m4.16xlarge");
        public static readonly ProductionVariantInstanceType MlM42xlarge = new ProductionVariantInstanceType("ml.m4.2xlarge");
        public static readonly ProductionVariantInstanceType MlM44xlarge = new ProductionVariantInstanceType("ml.m4.4xlarge");
        public static readonly ProductionVariantInstanceType MlM4Xlarge = new ProductionVariantInstanceType("ml.m4.xlarge");
        public static readonly ProductionVariantInstanceType MlM512xlarge = new ProductionVariantInstanceType("ml.m5.12xlarge");
        public static readonly ProductionVariantInstanceType MlM524xlarge = new ProductionVariantInstanceType("ml.m5.24xlarge");
        public static readonly ProductionVariantInstanceType MlM52xlarge = new ProductionVariantInstanceType("ml.m5.2xlarge");
        public static readonly ProductionVariantInstanceType MlM54xlarge = new ProductionVariantInstanceType("ml.m5.4xlarge");
        public static readonly ProductionVariantInstanceType MlM5Large = new ProductionVariantInstanceType("ml.m5.large");
        public static readonly ProductionVariantInstanceType MlM5Xlarge = new ProductionVariantInstanceType("ml.m5.xlarge");
        public static readonly ProductionVariantInstanceType MlM5d12xlarge = new ProductionVariantInstanceType("ml.m5d.12xlarge");
        public static readonly ProductionVariantInstanceType MlM5d24xlarge = new ProductionVariantInstanceType("ml.m5d.24xlarge");
        public static readonly ProductionVariantInstanceType MlM5d2xlarge = new ProductionVariantInstanceType("ml.m5d.2xlarge");
        public static readonly ProductionVariantInstanceType MlM5d4xlarge = new ProductionVariantInstanceType("ml.m5d.4xlarge");
        public static readonly ProductionVariantInstanceType MlM5dLarge = new ProductionVariantInstanceType("ml.m5d.large");
        public static readonly ProductionVariantInstanceType MlM5dXlarge = new ProductionVariantInstanceType("ml.m5d.xlarge");
        public static readonly ProductionVariantInstanceType MlM6g12xlarge = new ProductionVariantInstanceType("ml.m6g.12xlarge");
        public static readonly ProductionVariantInstanceType MlM6g16xlarge = new ProductionVariantInstanceType("ml.m6g.16xlarge");
        public static readonly ProductionVariantInstanceType MlM6g2xlarge = new ProductionVariantInstanceType("ml.m6g.2xlarge");
        public static readonly ProductionVariantInstanceType MlM6g4xlarge = new ProductionVariantInstanceType("ml.m6g.4xlarge");
        public static readonly ProductionVariantInstanceType MlM6g8xlarge = new ProductionVariantInstanceType("ml.m6g.8xlarge");
        public static readonly ProductionVariantInstanceType MlM6gLarge = new ProductionVariantInstanceType("ml.m6g.large");
        public static readonly ProductionVariantInstanceType MlM6gXlarge = new ProductionVariantInstanceType("ml.m6g.xlarge");
        public static readonly ProductionVariantInstanceType MlM6gd12xlarge = new ProductionVariantInstanceType("ml.m6gd.12xlarge");
        public static readonly ProductionVariantInstanceType MlM6gd16xlarge = new ProductionVariantInstanceType("ml.m6gd.16xlarge");
        public static readonly ProductionVariantInstanceType MlM6gd2xlarge = new ProductionVariantInstanceType("ml.m6gd.2xlarge");
        public static readonly ProductionVariantInstanceType MlM6gd4xlarge = new ProductionVariantInstanceType("ml.m6gd.4xlarge");
        public static readonly ProductionVariantInstanceType MlM6gd8xlarge = new ProductionVariantInstanceType("ml.m6gd.8xlarge");
        public static readonly ProductionVariantInstanceType MlM6gdLarge = new ProductionVariantInstanceType("ml.m6gd.large");
        public static readonly ProductionVariantInstanceType MlM6gdXlarge = new ProductionVariantInstanceType("ml.m6gd.xlarge");
        public static readonly ProductionVariantInstanceType MlM6i12xlarge = new ProductionVariantInstanceType("ml.m6i.12xlarge");
        public static readonly ProductionVariantInstanceType MlM6i16xlarge = new ProductionVariantInstanceType("ml.m6i.16xlarge");
        public static readonly ProductionVariantInstanceType MlM6i24xlarge = new ProductionVariantInstanceType("ml.m6i.24xlarge");
        public static readonly ProductionVariantInstanceType MlM6i2xlarge = new ProductionVariantInstanceType("ml.m6i.2xlarge");
        public static readonly ProductionVariantInstanceType MlM6i32xlarge = new ProductionVariantInstanceType("ml.m6i.32xlarge");
        public static readonly ProductionVariantInstanceType MlM6i4xlarge = new ProductionVariantInstanceType("ml.m6i.4xlarge");
        public static readonly ProductionVariantInstanceType MlM6i8xlarge = new ProductionVariantInstanceType("ml.m6i.8xlarge");
        public static readonly ProductionVariantInstanceType MlM6iLarge = new ProductionVariantInstanceType("ml.m6i.large");
        public static readonly ProductionVariantInstanceType MlM6iXlarge = new ProductionVariantInstanceType("ml.m6i.xlarge");
        public static readonly ProductionVariantInstanceType MlM7i12xlarge = new ProductionVariantInstanceType("ml.m7i.12xlarge");
        public static readonly ProductionVariantInstanceType MlM7i16xlarge = new ProductionVariantInstanceType("ml.m7i.16xlarge");
        public static readonly ProductionVariantInstanceType MlM7i24xlarge = new ProductionVariantInstanceType("ml.m7i.24xlarge");
        public static readonly ProductionVariantInstanceType MlM7i2xlarge = new ProductionVariantInstanceType("ml.m7i.2xlarge");
        public static readonly ProductionVariantInstanceType MlM7i48xlarge = new ProductionVariantInstanceType("ml.m7i.48xlarge");
        public static readonly ProductionVariantInstanceType MlM7i4xlarge = new ProductionVariantInstanceType("ml.m7i.4xlarge");
        public static readonly ProductionVariantInstanceType MlM7i8xlarge = new ProductionVariantInstanceType("ml.m7i.8xlarge");
        public static readonly ProductionVariantInstanceType MlM7iLarge = new ProductionVariantInstanceType("ml.m7i.large");
        public static readonly ProductionVariantInstanceType MlM7iXlarge = new ProductionVariantInstanceType("ml.m7i.xlarge");
        public static readonly ProductionVariantInstanceType MlM8g12xlarge = new ProductionVariantInstanceType("ml.m8g.12xlarge");
        public static readonly ProductionVariantInstanceType MlM8g16xlarge = new ProductionVariantInstanceType("ml.m8g.16xlarge");
        public static readonly ProductionVariantInstanceType MlM8g24xlarge = new ProductionVariantInstanceType("ml.m8g.24xlarge");
        public static readonly ProductionVariantInstanceType MlM8g2xlarge = new ProductionVariantInstanceType("ml.m8g.2xlarge");
        public static readonly ProductionVariantInstanceType MlM8g48xlarge = new ProductionVariantInstanceType("ml.m8g.48xlarge");
        public static readonly ProductionVariantInstanceType MlM8g4xlarge = new ProductionVariantInstanceType("ml.m8g.4xlarge");
        public static readonly ProductionVariantInstanceType MlM8g8xlarge = new ProductionVariantInstanceType("ml.m8g.8xlarge");
        public static readonly ProductionVariantInstanceType MlM8gLarge = new ProductionVariantInstanceType("ml.m8g.large");
        public static readonly ProductionVariantInstanceType MlM8gMedium = new ProductionVariantInstanceType("ml.m8g.medium");
        public static readonly ProductionVariantInstanceType MlM8gXlarge = new ProductionVariantInstanceType("ml.m8g.xlarge");
        public static readonly ProductionVariantInstanceType MlP216xlarge = new ProductionVariantInstanceType("ml.p2.16xlarge");
        public static readonly ProductionVariantInstanceType MlP28xlarge = new ProductionVariantInstanceType("ml.p2.8xlarge");
        public static readonly ProductionVariantInstanceType MlP2Xlarge = new ProductionVariantInstanceType("ml.p2.xlarge");
        public static readonly ProductionVariantInstanceType MlP316xlarge = new ProductionVariantInstanceType("ml.p3.16xlarge");
        public static readonly ProductionVariantInstanceType MlP32xlarge = new ProductionVariantInstanceType("ml.p3.2xlarge");
        public static readonly ProductionVariantInstanceType MlP38xlarge = new ProductionVariantInstanceType("ml.p3.8xlarge");
        public static readonly ProductionVariantInstanceType MlP4d24xlarge = new ProductionVariantInstanceType("ml.p4d.24xlarge");
        public static readonly ProductionVariantInstanceType MlP4de24xlarge = new ProductionVariantInstanceType("ml.p4de.24xlarge");
        public static readonly ProductionVariantInstanceType MlP548xlarge = new ProductionVariantInstanceType("ml.p5.48xlarge");
        public static readonly ProductionVariantInstanceType MlP54xlarge = new ProductionVariantInstanceType("ml.p5.4xlarge");
        public static readonly ProductionVariantInstanceType MlP5e48xlarge = new ProductionVariantInstanceType("ml.p5e.48xlarge");
        public static readonly ProductionVariantInstanceType MlP5en48xlarge = new ProductionVariantInstanceType("ml.p5en.48xlarge");
        public static readonly ProductionVariantInstanceType MlP6B20048xlarge = new ProductionVariantInstanceType("ml.p6-b200.48xlarge");
        public static readonly ProductionVariantInstanceType MlP6eGb20036xlarge = new ProductionVariantInstanceType("ml.p6e-gb200.36xlarge");
        public static readonly ProductionVariantInstanceType MlR512xlarge = new ProductionVariantInstanceType("ml.r5.12xlarge");
        public static readonly ProductionVariantInstanceType MlR524xlarge = new ProductionVariantInstanceType("ml.r5.24xlarge");
        public static readonly ProductionVariantInstanceType MlR52xlarge = new ProductionVariantInstanceType("ml.r5.2xlarge");
        public static readonly ProductionVariantInstanceType MlR54xlarge = new ProductionVariantInstanceType("ml.r5.4xlarge");
        public static readonly ProductionVariantInstanceType MlR5Large = new ProductionVariantInstanceType("ml.r5.large");
        public static readonly ProductionVariantInstanceType MlR5Xlarge = new ProductionVariantInstanceType("ml.r5.xlarge");
        public static readonly ProductionVariantInstanceType MlR5d12xlarge = new ProductionVariantInstanceType("ml.r5d.12xlarge");
        public static readonly ProductionVariantInstanceType MlR5d24xlarge = new ProductionVariantInstanceType("ml.r5d.24xlarge");
        public static readonly ProductionVariantInstanceType MlR5d2xlarge = new ProductionVariantInstanceType("ml.r5d.2xlarge");
        public static readonly ProductionVariantInstanceType MlR5d4xlarge = new ProductionVariantInstanceType("ml.r5d.4xlarge");
        public static readonly ProductionVariantInstanceType MlR5dLarge = new ProductionVariantInstanceType("ml.r5d.large");
        public static readonly ProductionVariantInstanceType MlR5dXlarge = new ProductionVariantInstanceType("ml.r5d.xlarge");
        public static readonly ProductionVariantInstanceType MlR6g12xlarge = new ProductionVariantInstanceType("ml.r6g.12xlarge");
        public static readonly ProductionVariantInstanceType MlR6g16xlarge = new ProductionVariantInstanceType("ml.r6g.16xlarge");
        public static readonly ProductionVariantInstanceType MlR6g2xlarge = new ProductionVariantInstanceType("ml.r6g.2xlarge");
        public static readonly ProductionVariantInstanceType MlR6g4xlarge = new ProductionVariantInstanceType("ml.r6g.4xlarge");
        public static readonly ProductionVariantInstanceType MlR6g8xlarge = new ProductionVariantInstanceType("ml.r6g.8xlarge");
        public static readonly ProductionVariantInstanceType MlR6gLarge = new ProductionVariantInstanceType("ml.r6g.large");
        public static readonly ProductionVariantInstanceType MlR6gXlarge = new ProductionVariantInstanceType("ml.r6g.xlarge");
        public static readonly ProductionVariantInstanceType MlR6gd12xlarge = new ProductionVariantInstanceType("ml.r6gd.12xlarge");
        public static readonly ProductionVariantInstanceType MlR6gd16xlarge = new ProductionVariantInstanceType("ml.r6gd.16xlarge");
        public static readonly ProductionVariantInstanceType MlR6gd2xlarge = new ProductionVariantInstanceType("ml.r6gd.2xlarge");
        public static readonly ProductionVariantInstanceType MlR6gd4xlarge = new ProductionVariantInstanceType("ml.r6gd.4xlarge");
        public static readonly ProductionVariantInstanceType MlR6gd8xlarge = new ProductionVariantInstanceType("ml.r6gd.8xlarge");
        public static readonly ProductionVariantInstanceType MlR6gdLarge = new ProductionVariantInstanceType("ml.r6gd.large");
        public static readonly ProductionVariantInstanceType MlR6gdXlarge = new ProductionVariantInstanceType("ml.r6gd.xlarge");
        public static readonly ProductionVariantInstanceType MlR6i12xlarge = new ProductionVariantInstanceType("ml.r6i.12xlarge");
        public static readonly ProductionVariantInstanceType MlR6i16xlarge = new ProductionVariantInstanceType("ml.r6i.16xlarge");
        public static readonly ProductionVariantInstanceType MlR6i24xlarge = new ProductionVariantInstanceType("ml.r6i.24xlarge");
        public static readonly ProductionVariantInstanceType MlR6i2xlarge = new ProductionVariantInstanceType("ml.r6i.2xlarge");
        public static readonly ProductionVariantInstanceType MlR6i32xlarge = new ProductionVariantInstanceType("ml.r6i.32xlarge");
        public static readonly ProductionVariantInstanceType MlR6i4xlarge = new ProductionVariantInstanceType("ml.r6i.4xlarge");
        public static readonly ProductionVariantInstanceType MlR6i8xlarge = new ProductionVariantInstanceType("ml.r6i.8xlarge");
        public static readonly ProductionVariantInstanceType MlR6iLarge = new ProductionVariantInstanceType("ml.r6i.large");
        public static readonly ProductionVariantInstanceType MlR6iXlarge = new ProductionVariantInstanceType("ml.r6i.xlarge");
        public static readonly ProductionVariantInstanceType MlR7gd12xlarge = new ProductionVariantInstanceType("ml.r7gd.12xlarge");
        public static readonly ProductionVariantInstanceType MlR7gd16xlarge = new ProductionVariantInstanceType("ml.r7gd.16xlarge");
        public static readonly ProductionVariantInstanceType MlR7gd2xlarge = new ProductionVariantInstanceType("ml.r7gd.2xlarge");
        public static readonly ProductionVariantInstanceType MlR7gd4xlarge = new ProductionVariantInstanceType("ml.r7gd.4xlarge");
        public static readonly ProductionVariantInstanceType MlR7gd8xlarge = new ProductionVariantInstanceType("ml.r7gd.8xlarge");
        public static readonly ProductionVariantInstanceType MlR7gdLarge = new ProductionVariantInstanceType("ml.r7gd.large");
        public static readonly ProductionVariantInstanceType MlR7gdMedium = new ProductionVariantInstanceType("ml.r7gd.medium");
        public static readonly ProductionVariantInstanceType MlR7gdXlarge = new ProductionVariantInstanceType("ml.r7gd.xlarge");
        public static readonly ProductionVariantInstanceType MlR7i12xlarge = new ProductionVariantInstanceType("ml.r7i.12xlarge");
        public static readonly ProductionVariantInstanceType MlR7i16xlarge = new ProductionVariantInstanceType("ml.r7i.16xlarge");
        public static readonly ProductionVariantInstanceType MlR7i24xlarge = new ProductionVariantInstanceType("ml.r7i.24xlarge");
        public static readonly ProductionVariantInstanceType MlR7i2xlarge = new ProductionVariantInstanceType("ml.r7i.2xlarge");
        public static readonly ProductionVariantInstanceType MlR7i48xlarge = new ProductionVariantInstanceType("ml.r7i.48xlarge");
        public static readonly ProductionVariantInstanceType MlR7i4xlarge = new ProductionVariantInstanceType("ml.r7i.4xlarge");
        public static readonly ProductionVariantInstanceType MlR7i8xlarge = new ProductionVariantInstanceType("ml.r7i.8xlarge");
        public static readonly ProductionVariantInstanceType MlR7iLarge = new ProductionVariantInstanceType("ml.r7i.large");
        public static readonly ProductionVariantInstanceType MlR7iXlarge = new ProductionVariantInstanceType("ml.r7i.xlarge");
        public static readonly ProductionVariantInstanceType MlR8g12xlarge = new ProductionVariantInstanceType("ml.r8g.12xlarge");
        public static readonly ProductionVariantInstanceType MlR8g16xlarge = new ProductionVariantInstanceType("ml.r8g.16xlarge");
        public static readonly ProductionVariantInstanceType MlR8g24xlarge = new ProductionVariantInstanceType("ml.r8g.24xlarge");
        public static readonly ProductionVariantInstanceType MlR8g2xlarge = new ProductionVariantInstanceType("ml.r8g.2xlarge");
        public static readonly ProductionVariantInstanceType MlR8g48xlarge = new ProductionVariantInstanceType("ml.r8g.48xlarge");
        public static readonly ProductionVariantInstanceType MlR8g4xlarge = new ProductionVariantInstanceType("ml.r8g.4xlarge");
        public static readonly ProductionVariantInstanceType MlR8g8xlarge = new ProductionVariantInstanceType("ml.r8g.8xlarge");
        public static readonly ProductionVariantInstanceType MlR8gLarge = new ProductionVariantInstanceType("ml.r8g.large");
        public static readonly ProductionVariantInstanceType MlR8gMedium = new ProductionVariantInstanceType("ml.r8g.medium");
        public static readonly ProductionVariantInstanceType MlR8gXlarge = new ProductionVariantInstanceType("ml.r8g.xlarge");
        public static readonly ProductionVariantInstanceType MlT22xlarge = new ProductionVariantInstanceType("ml.t2.2xlarge");
        public static readonly ProductionVariantInstanceType MlT2Large = new ProductionVariantInstanceType("ml.t2.large");
        public static readonly ProductionVariantInstanceType MlT2Medium = new ProductionVariantInstanceType("ml.t2.medium");
        public static readonly ProductionVariantInstanceType MlT2Xlarge = new ProductionVariantInstanceType("ml.t2.xlarge");
        public static readonly ProductionVariantInstanceType MlTrn12xlarge = new ProductionVariantInstanceType("ml.trn1.2xlarge");
        public static readonly ProductionVariantInstanceType MlTrn132xlarge = new ProductionVariantInstanceType("ml.trn1.32xlarge");
        public static readonly ProductionVariantInstanceType MlTrn1n32xlarge = new ProductionVariantInstanceType("ml.trn1n.32xlarge");
        public static readonly ProductionVariantInstanceType MlTrn248xlarge = new ProductionVariantInstanceType("ml.trn2.48xlarge");

        public ProductionVariantInstanceType(string value) : base(value) { }

        public static ProductionVariantInstanceType FindValue(string value) { return FindValue<ProductionVariantInstanceType>(value); }

        public static implicit operator ProductionVariantInstanceType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class RecordWrapper : ConstantClass
    {
        public static readonly RecordWrapper None = new RecordWrapper("None");
        public static readonly RecordWrapper RecordIO = new RecordWrapper("RecordIO");

        public RecordWrapper(string value) : base(value) { }

        public static RecordWrapper FindValue(string value) { return FindValue<RecordWrapper>(value); }

        public static implicit operator RecordWrapper(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class RoutingStrategy : ConstantClass
    {
        public static readonly RoutingStrategy LEAST_OUTSTANDING_REQUESTS = new RoutingStrategy("LEAST_OUTSTANDING_REQUESTS");
        public static readonly RoutingStrategy RANDOM = new RoutingStrategy("RANDOM");

        public RoutingStrategy(string value) : base(value) { }

        public static RoutingStrategy FindValue(string value) { return FindValue<RoutingStrategy>(value); }

        public static implicit operator RoutingStrategy(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class S3DataDistribution : ConstantClass
    {
        public static readonly S3DataDistribution FullyReplicated = new S3DataDistribution("FullyReplicated");
        public static readonly S3DataDistribution ShardedByS3Key = new S3DataDistribution("ShardedByS3Key");

        public S3DataDistribution(string value) : base(value) { }

        public static S3DataDistribution FindValue(string value) { return FindValue<S3DataDistribution>(value); }

        public static implicit operator S3DataDistribution(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README (list may be incomplete)
    public class S3DataType : ConstantClass
    {
        public static readonly S3DataType AugmentedManifestFile = new S3DataType("AugmentedManifestFile");
        public static readonly S3DataType ManifestFile = new S3DataType("ManifestFile");
        public static readonly S3DataType S3Prefix = new S3DataType("S3Prefix");

        public S3DataType(string value) : base(value) { }

        public static S3DataType FindValue(string value) { return FindValue<S3DataType>(value); }

        public static implicit operator S3DataType(string value) { return FindValue(value); }
    }

    public class TrainingInputMode : ConstantClass
    {
        public static readonly TrainingInputMode FastFile = new TrainingInputMode("FastFile");
        public static readonly TrainingInputMode File = new TrainingInputMode("File");
        public static readonly TrainingInputMode Pipe = new TrainingInputMode("Pipe");

        public TrainingInputMode(string value) : base(value) { }

        public static TrainingInputMode FindValue(string value) { return FindValue<TrainingInputMode>(value); }

        public static implicit operator TrainingInputMode(string value) { return FindValue(value); }
    }

    public class TrainingInstanceType : ConstantClass
    {
        public static readonly TrainingInstanceType MlC42xlarge = new TrainingInstanceType("ml.c4.2xlarge");
        public static readonly TrainingInstanceType MlC44xlarge = new TrainingInstanceType("ml.c4.4xlarge");
        public static readonly TrainingInstanceType MlC48xlarge = new TrainingInstanceType("ml.c4.8xlarge");
        public static readonly TrainingInstanceType MlC4Xlarge = new TrainingInstanceType("ml.c4.xlarge");
        public static readonly TrainingInstanceType MlC518xlarge = new TrainingInstanceType("ml.c5.18xlarge");
        public static readonly TrainingInstanceType MlC52xlarge = new TrainingInstanceType("ml.c5.2xlarge");
        public static readonly TrainingInstanceType MlC54xlarge = new TrainingInstanceType("ml.c5.4xlarge");
        public static readonly TrainingInstanceType MlC59xlarge = new TrainingInstanceType("ml.c5.9xlarge");
        public static readonly TrainingInstanceType MlC5Xlarge = new TrainingInstanceType("ml.c5.xlarge");
        public static readonly TrainingInstanceType MlC5n18xlarge = new TrainingInstanceType("ml.c5n.18xlarge");
        public static readonly TrainingInstanceType MlC5n2xlarge = new TrainingInstanceType("ml.c5n.2xlarge");
        public static readonly TrainingInstanceType MlC5n4xlarge = new TrainingInstanceType("ml.c5n.4xlarge");
        public static readonly TrainingInstanceType MlC5n9xlarge = new TrainingInstanceType("ml.c5n.9xlarge");
        public static readonly TrainingInstanceType MlC5nXlarge = new TrainingInstanceType("ml.c5n.xlarge");
        public static readonly TrainingInstanceType MlC6i12xlarge = new TrainingInstanceType("ml.c6i.12xlarge");
        public static readonly TrainingInstanceType MlC6i16xlarge = new TrainingInstanceType("ml.c6i.16xlarge");
        public static readonly TrainingInstanceType MlC6i24xlarge = new TrainingInstanceType("ml.c6i.24xlarge");
        public static readonly TrainingInstanceType MlC6i2xlarge = new TrainingInstanceType("ml.c6i.2xlarge");
        public static readonly TrainingInstanceType MlC6i32xlarge = new TrainingInstanceType("ml.c6i.32xlarge");
        public static readonly TrainingInstanceType MlC6i4xlarge = new TrainingInstanceType("ml.c6i.4xlarge");
        public static readonly TrainingInstanceType MlC6i8xlarge = new TrainingInstanceType("ml.c6i.8xlarge");
        public static readonly TrainingInstanceType MlC6iXlarge = new TrainingInstanceType("ml.c6i.xlarge");
        public static readonly TrainingInstanceType MlC7i12xlarge = new TrainingInstanceType("ml.c7i.12xlarge");
        public static readonly TrainingInstanceType MlC7i16xlarge = new TrainingInstanceType("ml.c7i.16xlarge");
        public static readonly TrainingInstanceType MlC7i24xlarge = new TrainingInstanceType("ml.c7i.24xlarge");
        public static readonly TrainingInstanceType MlC7i2xlarge = new TrainingInstanceType("ml.c7i.2xlarge");
        public static readonly TrainingInstanceType MlC7i48xlarge = new TrainingInstanceType("ml.c7i.48xlarge");
        public static readonly TrainingInstanceType MlC7i4xlarge = new TrainingInstanceType("ml.c7i.4xlarge");
        public static readonly TrainingInstanceType MlC7i8xlarge = new TrainingInstanceType("ml.c7i.8xlarge");
        public static readonly TrainingInstanceType MlC7iLarge = new TrainingInstanceType("ml.c7i.large");
        public static readonly TrainingInstanceType MlC7iXlarge = new TrainingInstanceType("ml.c7i.xlarge");
        public static readonly TrainingInstanceType MlG4dn12xlarge = new TrainingInstanceType("ml.g4dn.12xlarge");
        public static readonly TrainingInstanceType MlG4dn16xlarge = new TrainingInstanceType("ml.g4dn.16xlarge");
        public static readonly TrainingInstanceType MlG4dn2xlarge = new TrainingInstanceType("ml.g4dn.2xlarge");
        public static readonly TrainingInstanceType MlG4dn4xlarge = new TrainingInstanceType("ml.g4dn.4xlarge");
        public static readonly TrainingInstanceType MlG4dn8xlarge = new TrainingInstanceType("ml.g4dn.8xlarge");
        public static readonly TrainingInstanceType MlG4dnXlarge = new TrainingInstanceType("ml.g4dn.xlarge");
        public static readonly TrainingInstanceType MlG512xlarge = new TrainingInstanceType("ml.g5.12xlarge");
        public static readonly TrainingInstanceType MlG516xlarge = new TrainingInstanceType("ml.g5.16xlarge");
        public static readonly TrainingInstanceType MlG524xlarge = new TrainingInstanceType("ml.g5.24xlarge");
        public static readonly TrainingInstanceType MlG52xlarge = new TrainingInstanceType("ml.g5.2xlarge");
        public static readonly TrainingInstanceType MlG548xlarge = new TrainingInstanceType("ml.g5.48xlarge");
        public static readonly TrainingInstanceType MlG54xlarge = new TrainingInstanceType("ml.g5.4xlarge");
        public static readonly TrainingInstanceType MlG58xlarge = new TrainingInstanceType("ml.g5.8xlarge");
        public static readonly TrainingInstanceType MlG5Xlarge = new TrainingInstanceType("ml.g5.xlarge");
        public static readonly TrainingInstanceType MlG612xlarge = new TrainingInstanceType("ml.g6.12xlarge");
        public static readonly TrainingInstanceType MlG616xlarge = new TrainingInstanceType("ml.g6.16xlarge");
        public static readonly TrainingInstanceType MlG624xlarge = new TrainingInstanceType("ml.g6.24xlarge");
        public static readonly TrainingInstanceType MlG62xlarge = new TrainingInstanceType("ml.g6.2xlarge");
        public static readonly TrainingInstanceType MlG648xlarge = new TrainingInstanceType("ml.g6.48xlarge");
        public static readonly TrainingInstanceType MlG64xlarge = new TrainingInstanceType("ml.g6.4xlarge");
        public static readonly TrainingInstanceType MlG68xlarge = new TrainingInstanceType("ml.g6.8xlarge");
        public static readonly TrainingInstanceType MlG6Xlarge = new TrainingInstanceType("ml.g6.xlarge");
        public static readonly TrainingInstanceType MlG6e12xlarge = new TrainingInstanceType("ml.g6e.12xlarge");
        public static readonly TrainingInstanceType MlG6e16xlarge = new TrainingInstanceType("ml.g6e.16xlarge");
        public static readonly TrainingInstanceType MlG6e24xlarge = new TrainingInstanceType("ml.g6e.24xlarge");
        public static readonly TrainingInstanceType MlG6e2xlarge = new TrainingInstanceType("ml.g6e.2xlarge");
        public static readonly TrainingInstanceType MlG6e48xlarge = new TrainingInstanceType("ml.g6e.48xlarge");
        public static readonly TrainingInstanceType MlG6e4xlarge = new TrainingInstanceType("ml.g6e.4xlarge");
        public static readonly TrainingInstanceType MlG6e8xlarge = new TrainingInstanceType("ml.g6e.8xlarge");
        public static readonly TrainingInstanceType MlG6eXlarge = new TrainingInstanceType("ml.g6e.xlarge");
        public static readonly TrainingInstanceType MlM410xlarge = new TrainingInstanceType("ml.m4.10xlarge");
        public static readonly TrainingInstanceType MlM416xlarge = new TrainingInstanceType("ml.m4.16xlarge");
        public static readonly TrainingInstanceType MlM42xlarge = new TrainingInstanceType("ml.m4.2xlarge");
        public static readonly TrainingInstanceType MlM44xlarge = new TrainingInstanceType("ml.m4.4xlarge");
        public static readonly TrainingInstanceType MlM4Xlarge = new TrainingInstanceType("ml.m4.xlarge");
        public static readonly TrainingInstanceType MlM512xlarge = new TrainingInstanceType("ml.m5.12xlarge");
        public static readonly TrainingInstanceType MlM524xlarge = new TrainingInstanceType("ml.m5.24xlarge");
        public static readonly TrainingInstanceType MlM52xlarge = new TrainingInstanceType("ml.m5.2xlarge");
        public static readonly TrainingInstanceType MlM54xlarge = new TrainingInstanceType("ml.m5.4xlarge");
        public static readonly TrainingInstanceType MlM5Large = new TrainingInstanceType("ml.m5.large");
        public static readonly TrainingInstanceType MlM5Xlarge = new TrainingInstanceType("ml.m5.xlarge");
        public static readonly TrainingInstanceType MlM6i12xlarge = new TrainingInstanceType("ml.m6i.12xlarge");
        public static readonly TrainingInstanceType MlM6i16xlarge = new TrainingInstanceType("ml.m6i.16xlarge");
        public static readonly TrainingInstanceType MlM6i24xlarge = new TrainingInstanceType("ml.m6i.24xlarge");
        public static readonly TrainingInstanceType MlM6i2xlarge = new TrainingInstanceType("ml.m6i.2xlarge");
        public static readonly TrainingInstanceType MlM6i32xlarge = new TrainingInstanceType("ml.m6i.32xlarge");
        public static readonly TrainingInstanceType MlM6i4xlarge = new TrainingInstanceType("ml.m6i.4xlarge");
        public static readonly TrainingInstanceType MlM6i8xlarge = new TrainingInstanceType("ml.m6i.8xlarge");
        public static readonly TrainingInstanceType MlM6iLarge = new TrainingInstanceType("ml.m6i.large");
        public static readonly TrainingInstanceType MlM6iXlarge = new TrainingInstanceType("ml.m6i.xlarge");
        public static readonly TrainingInstanceType MlM7i12xlarge = new TrainingInstanceType("ml.m7i.12xlarge");
        public static readonly TrainingInstanceType MlM7i16xlarge = new TrainingInstanceType("ml.m7i.16xlarge");
        public static readonly TrainingInstanceType MlM7i24xlarge = new TrainingInstanceType("ml.m7i.24xlarge");
        public static readonly TrainingInstanceType MlM7i2xlarge = new TrainingInstanceType("ml.m7i.2xlarge");
        public static readonly TrainingInstanceType MlM7i48xlarge = new TrainingInstanceType("ml.m7i.48xlarge");
        public static readonly TrainingInstanceType MlM7i4xlarge = new TrainingInstanceType("ml.m7i.4xlarge");
        public static readonly TrainingInstanceType MlM7i8xlarge = new TrainingInstanceType("ml.m7i.8xlarge");
        public static readonly TrainingInstanceType MlM7iLarge = new TrainingInstanceType("ml.m7i.large");
        public static readonly TrainingInstanceType MlM7iXlarge = new TrainingInstanceType("ml.m7i.xlarge");
        public static readonly TrainingInstanceType MlP216xlarge = new TrainingInstanceType("ml.p2.16xlarge");
        public static readonly TrainingInstanceType MlP28xlarge = new TrainingInstanceType("ml.p2.8xlarge");
        public static readonly TrainingInstanceType MlP2Xlarge = new TrainingInstanceType("ml.p2.xlarge");
        public static readonly TrainingInstanceType MlP316xlarge = new TrainingInstanceType("ml.p3.16xlarge");
        public static readonly TrainingInstanceType MlP32xlarge = new TrainingInstanceType("ml.p3.2xlarge");
        public static readonly TrainingInstanceType MlP38xlarge = new TrainingInstanceType("ml.p3.8xlarge");
        public static readonly TrainingInstanceType MlP3dn24xlarge = new TrainingInstanceType("ml.p3dn.24xlarge");
        public static readonly TrainingInstanceType MlP4d24xlarge = new TrainingInstanceType("ml.p4d.24xlarge");
        public static readonly TrainingInstanceType MlP4de24xlarge = new TrainingInstanceType("ml.p4de.24xlarge");
        public static readonly TrainingInstanceType MlP548xlarge = new TrainingInstanceType("ml.p5.48xlarge");
        public static readonly TrainingInstanceType MlP54xlarge = new TrainingInstanceType("ml.p5.4xlarge");
        public static readonly TrainingInstanceType MlP5e48xlarge = new TrainingInstanceType("ml.p5e.48xlarge");
        public static readonly TrainingInstanceType MlP5en48xlarge = new TrainingInstanceType("ml.p5en.48xlarge");
        public static readonly TrainingInstanceType MlP6B20048xlarge = new TrainingInstanceType("ml.p6-b200.48xlarge");
        public static readonly TrainingInstanceType MlP6B30048xlarge = new TrainingInstanceType("ml.p6-b300.48xlarge");
        public static readonly TrainingInstanceType MlP6eGb20036xlarge = new TrainingInstanceType("ml.p6e-gb200.36xlarge");
        public static readonly TrainingInstanceType MlR512xlarge = new TrainingInstanceType("ml.r5.12xlarge");
        public static readonly TrainingInstanceType MlR516xlarge = new TrainingInstanceType("ml.r5.16xlarge");
        public static readonly TrainingInstanceType MlR524xlarge = new TrainingInstanceType("ml.r5.24xlarge");
        public static readonly TrainingInstanceType MlR52xlarge = new TrainingInstanceType("ml.r5.2xlarge");
        public static readonly TrainingInstanceType MlR54xlarge = new TrainingInstanceType("ml.r5.4xlarge");
        public static readonly TrainingInstanceType MlR58xlarge = new TrainingInstanceType("ml.r5.8xlarge");
        public static readonly TrainingInstanceType MlR5Large = new TrainingInstanceType("ml.r5.large");
        public static readonly TrainingInstanceType MlR5Xlarge = new TrainingInstanceType("ml.r5.xlarge");
        public static readonly TrainingInstanceType MlR5d12xlarge = new TrainingInstanceType("ml.r5d.12xlarge");
        public static readonly TrainingInstanceType MlR5d16xlarge = new TrainingInstanceType("ml.r5d.16xlarge");
        public static readonly TrainingInstanceType MlR5d24xlarge = new TrainingInstanceType("ml.r5d.24xlarge");
        public static readonly TrainingInstanceType MlR5d2xlarge = new TrainingInstanceType("ml.r5d.2xlarge");
        public static readonly TrainingInstanceType MlR5d4xlarge = new TrainingInstanceType("ml.r5d.4xlarge");
        public static readonly TrainingInstanceType MlR5d8xlarge = new TrainingInstanceType("ml.r5d.8xlarge");
        public static readonly TrainingInstanceType MlR5dLarge = new TrainingInstanceType("ml.r5d.large");
        public static readonly TrainingInstanceType MlR5dXlarge = new TrainingInstanceType("ml.r5d.xlarge");
        public static readonly TrainingInstanceType MlR7i12xlarge = new TrainingInstanceType("ml.r7i.12xlarge");
        public static readonly TrainingInstanceType MlR7i16xlarge = new TrainingInstanceType("ml.r7i.16xlarge");
        public static readonly TrainingInstanceType MlR7i24xlarge = new TrainingInstanceType("ml.r7i.24xlarge");
        public static readonly TrainingInstanceType MlR7i2xlarge = new TrainingInstanceType("ml.r7i.2xlarge");
        public static readonly TrainingInstanceType MlR7i48xlarge = new TrainingInstanceType("ml.r7i.48xlarge");
        public static readonly TrainingInstanceType MlR7i4xlarge = new TrainingInstanceType("ml.r7i.4xlarge");
        public static readonly TrainingInstanceType MlR7i8xlarge = new TrainingInstanceType("ml.r7i.8xlarge");
        public static readonly TrainingInstanceType MlR7iLarge = new TrainingInstanceType("ml.r7i.large");
        public static readonly TrainingInstanceType MlR7iXlarge = new TrainingInstanceType("ml.r7i.xlarge");
        public static readonly TrainingInstanceType MlT32xlarge = new TrainingInstanceType("ml.t3.2xlarge");
        public static readonly TrainingInstanceType MlT3Large = new TrainingInstanceType("ml.t3.large");
        public static readonly TrainingInstanceType MlT3Medium = new TrainingInstanceType("ml.t3.medium");
        public static readonly TrainingInstanceType MlT3Xlarge = new TrainingInstanceType("ml.t3.xlarge");
        public static readonly TrainingInstanceType MlTrn12xlarge = new TrainingInstanceType("ml.trn1.2xlarge");
        public static readonly TrainingInstanceType MlTrn132xlarge = new TrainingInstanceType("ml.trn1.32xlarge");
        public static readonly TrainingInstanceType MlTrn1n32xlarge = new TrainingInstanceType("ml.trn1n.32xlarge");
        public static readonly TrainingInstanceType MlTrn248xlarge = new TrainingInstanceType("ml.trn2.48xlarge");

        public TrainingInstanceType(string value) : base(value) { }

        public static TrainingInstanceType FindValue(string value) { return FindValue<TrainingInstanceType>(value); }

        public static implicit operator TrainingInstanceType(string value) { return FindValue(value); }
    }
}
