// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using Amazon.Runtime;

namespace Amazon.BedrockRuntime
{
    public class CachePointType : ConstantClass
    {
        public static readonly CachePointType Default = new CachePointType("default");

        public CachePointType(string value) : base(value) { }

        public static CachePointType FindValue(string value) { return FindValue<CachePointType>(value); }

        public static implicit operator CachePointType(string value) { return FindValue(value); }
    }

    public class CacheTTL : ConstantClass
    {
        public static readonly CacheTTL FIVE_MINUTES = new CacheTTL("5m");
        public static readonly CacheTTL ONE_HOUR = new CacheTTL("1h");

        public CacheTTL(string value) : base(value) { }

        public static CacheTTL FindValue(string value) { return FindValue<CacheTTL>(value); }

        public static implicit operator CacheTTL(string value) { return FindValue(value); }
    }

    public class ConversationRole : ConstantClass
    {
        public static readonly ConversationRole Assistant = new ConversationRole("assistant");
        public static readonly ConversationRole User = new ConversationRole("user");

        public ConversationRole(string value) : base(value) { }

        public static ConversationRole FindValue(string value) { return FindValue<ConversationRole>(value); }

        public static implicit operator ConversationRole(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class GuardrailStreamProcessingMode : ConstantClass
    {
        public static readonly GuardrailStreamProcessingMode Async = new GuardrailStreamProcessingMode("async");
        public static readonly GuardrailStreamProcessingMode Sync = new GuardrailStreamProcessingMode("sync");

        public GuardrailStreamProcessingMode(string value) : base(value) { }

        public static GuardrailStreamProcessingMode FindValue(string value) { return FindValue<GuardrailStreamProcessingMode>(value); }

        public static implicit operator GuardrailStreamProcessingMode(string value) { return FindValue(value); }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public class GuardrailTrace : ConstantClass
    {
        public static readonly GuardrailTrace Disabled = new GuardrailTrace("disabled");
        public static readonly GuardrailTrace Enabled = new GuardrailTrace("enabled");
        public static readonly GuardrailTrace Enabled_full = new GuardrailTrace("enabled_full");

        public GuardrailTrace(string value) : base(value) { }

        public static GuardrailTrace FindValue(string value) { return FindValue<GuardrailTrace>(value); }

        public static implicit operator GuardrailTrace(string value) { return FindValue(value); }
    }

    public class PerformanceConfigLatency : ConstantClass
    {
        public static readonly PerformanceConfigLatency Optimized = new PerformanceConfigLatency("optimized");
        public static readonly PerformanceConfigLatency Standard = new PerformanceConfigLatency("standard");

        public PerformanceConfigLatency(string value) : base(value) { }

        public static PerformanceConfigLatency FindValue(string value) { return FindValue<PerformanceConfigLatency>(value); }

        public static implicit operator PerformanceConfigLatency(string value) { return FindValue(value); }
    }

    public class ServiceTierType : ConstantClass
    {
        public static readonly ServiceTierType Default = new ServiceTierType("default");
        public static readonly ServiceTierType Flex = new ServiceTierType("flex");
        public static readonly ServiceTierType Priority = new ServiceTierType("priority");
        public static readonly ServiceTierType Reserved = new ServiceTierType("reserved");

        public ServiceTierType(string value) : base(value) { }

        public static ServiceTierType FindValue(string value) { return FindValue<ServiceTierType>(value); }

        public static implicit operator ServiceTierType(string value) { return FindValue(value); }
    }

    public class StopReason : ConstantClass
    {
        public static readonly StopReason Content_filtered = new StopReason("content_filtered");
        public static readonly StopReason End_turn = new StopReason("end_turn");
        public static readonly StopReason Guardrail_intervened = new StopReason("guardrail_intervened");
        public static readonly StopReason Malformed_model_output = new StopReason("malformed_model_output");
        public static readonly StopReason Malformed_tool_use = new StopReason("malformed_tool_use");
        public static readonly StopReason Max_tokens = new StopReason("max_tokens");
        public static readonly StopReason Model_context_window_exceeded = new StopReason("model_context_window_exceeded");
        public static readonly StopReason Stop_sequence = new StopReason("stop_sequence");
        public static readonly StopReason Tool_use = new StopReason("tool_use");

        public StopReason(string value) : base(value) { }

        public static StopReason FindValue(string value) { return FindValue<StopReason>(value); }

        public static implicit operator StopReason(string value) { return FindValue(value); }
    }

    public class Trace : ConstantClass
    {
        public static readonly Trace DISABLED = new Trace("DISABLED");
        public static readonly Trace ENABLED = new Trace("ENABLED");
        public static readonly Trace ENABLED_FULL = new Trace("ENABLED_FULL");

        public Trace(string value) : base(value) { }

        public static Trace FindValue(string value) { return FindValue<Trace>(value); }

        public static implicit operator Trace(string value) { return FindValue(value); }
    }
}
