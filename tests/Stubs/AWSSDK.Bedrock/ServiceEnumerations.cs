// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using Amazon.Runtime;

namespace Amazon.Bedrock
{
    public class CommitmentDuration : ConstantClass
    {
        public static readonly CommitmentDuration OneMonth = new CommitmentDuration("OneMonth");
        public static readonly CommitmentDuration SixMonths = new CommitmentDuration("SixMonths");

        public CommitmentDuration(string value) : base(value) { }

        public static CommitmentDuration FindValue(string value) { return FindValue<CommitmentDuration>(value); }

        public static implicit operator CommitmentDuration(string value) { return FindValue(value); }
    }

    public class CustomizationType : ConstantClass
    {
        public static readonly CustomizationType CONTINUED_PRE_TRAINING = new CustomizationType("CONTINUED_PRE_TRAINING");
        public static readonly CustomizationType DISTILLATION = new CustomizationType("DISTILLATION");
        public static readonly CustomizationType FINE_TUNING = new CustomizationType("FINE_TUNING");
        public static readonly CustomizationType IMPORTED = new CustomizationType("IMPORTED");
        public static readonly CustomizationType REINFORCEMENT_FINE_TUNING = new CustomizationType("REINFORCEMENT_FINE_TUNING");

        public CustomizationType(string value) : base(value) { }

        public static CustomizationType FindValue(string value) { return FindValue<CustomizationType>(value); }

        public static implicit operator CustomizationType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class FoundationModelLifecycleStatus : ConstantClass
    {
        public static readonly FoundationModelLifecycleStatus ACTIVE = new FoundationModelLifecycleStatus("ACTIVE");
        public static readonly FoundationModelLifecycleStatus LEGACY = new FoundationModelLifecycleStatus("LEGACY");

        public FoundationModelLifecycleStatus(string value) : base(value) { }

        public static FoundationModelLifecycleStatus FindValue(string value) { return FindValue<FoundationModelLifecycleStatus>(value); }

        public static implicit operator FoundationModelLifecycleStatus(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class InferenceType : ConstantClass
    {
        public static readonly InferenceType ON_DEMAND = new InferenceType("ON_DEMAND");
        public static readonly InferenceType PROVISIONED = new InferenceType("PROVISIONED");

        public InferenceType(string value) : base(value) { }

        public static InferenceType FindValue(string value) { return FindValue<InferenceType>(value); }

        public static implicit operator InferenceType(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class ModelCustomization : ConstantClass
    {
        public static readonly ModelCustomization CONTINUED_PRE_TRAINING = new ModelCustomization("CONTINUED_PRE_TRAINING");
        public static readonly ModelCustomization DISTILLATION = new ModelCustomization("DISTILLATION");
        public static readonly ModelCustomization FINE_TUNING = new ModelCustomization("FINE_TUNING");

        public ModelCustomization(string value) : base(value) { }

        public static ModelCustomization FindValue(string value) { return FindValue<ModelCustomization>(value); }

        public static implicit operator ModelCustomization(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class ModelModality : ConstantClass
    {
        public static readonly ModelModality EMBEDDING = new ModelModality("EMBEDDING");
        public static readonly ModelModality IMAGE = new ModelModality("IMAGE");
        public static readonly ModelModality TEXT = new ModelModality("TEXT");

        public ModelModality(string value) : base(value) { }

        public static ModelModality FindValue(string value) { return FindValue<ModelModality>(value); }

        public static implicit operator ModelModality(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class S3InputFormat : ConstantClass
    {
        public static readonly S3InputFormat JSONL = new S3InputFormat("JSONL");

        public S3InputFormat(string value) : base(value) { }

        public static S3InputFormat FindValue(string value) { return FindValue<S3InputFormat>(value); }

        public static implicit operator S3InputFormat(string value) { return FindValue(value); }
    }
}
