using System.Text.RegularExpressions;

namespace GreenAnalyzers.Descriptors;

/// <summary>The one catalog of rule descriptors. Every analyzer reports through these; tests check each
/// against its docs page and the release-tracking files.</summary>
internal static class Rules
{
    public const string HelpLinkBase = "https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor UseSmallerModel = Create(
        RuleIds.UseSmallerModel,
        title: "Use a smaller model where it serves",
        messageFormat: "'{0}' is a {1}-tier model{5}; '{2}' costs {3} ({4}){6}",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Warning,
        description: "A frontier model spends far more energy and money per token than a smaller sibling of the same family. "
            + "Many tasks (classification, extraction, summarising, routing) are served as well by the smaller model. "
            + "The message quotes list prices from GreenAnalyzers' dated knowledge catalog.");

    public static readonly DiagnosticDescriptor ReplaceLegacyModel = Create(
        RuleIds.ReplaceLegacyModel,
        title: "Replace a legacy model",
        messageFormat: "'{0}' {1} ({2}); {3}",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Warning,
        description: "Amazon Bedrock has scheduled or passed the end of life of this model: calls fail after that date, and newer "
            + "models of the same tier do more per token. The replacement is AWS's recommendation where AWS names one of the same "
            + "tier, otherwise the family's current model of that tier; a replacement is never itself legacy.");

    public static readonly DiagnosticDescriptor BoundOutputLength = Create(
        RuleIds.BoundOutputLength,
        title: "Bound the output length",
        messageFormat: "{0} sets no {1}, so each reply may run to the model's output limit{2}; bound it",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Info,
        description: "Output tokens are the slowest and, per token, the most expensive part of a call. Without MaxTokens a reply "
            + "can run to the model's output limit; a bound sized to the task caps time, energy and cost per call.");

    public static readonly DiagnosticDescriptor CacheStaticPrompt = Create(
        RuleIds.CacheStaticPrompt,
        title: "Cache a long static prompt",
        messageFormat: "{0} characters of constant {1} text have no cache point after them; '{2}' caches a prompt prefix of {3} tokens or more ({4}): add a cache point so repeated calls reuse it",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Info,
        description: "A long, constant system prompt is processed again on every call. With a cache point after it, Bedrock reuses "
            + "the processed prefix for later calls within the cache's time to live, which cuts latency and input processing.");

    public static readonly DiagnosticDescriptor PreferFineTuning = Create(
        RuleIds.PreferFineTuning,
        title: "Prefer fine-tuning or distillation to continued pre-training",
        messageFormat: "Continued pre-training retrains the base model on raw, unlabeled text; if the goal is a task or a style, fine-tuning on labeled examples or distillation customizes it with far less data and compute",
        RuleCategory.Customization,
        DiagnosticSeverity.Info,
        description: "Customize cheaply: prompting, retrieval and parameter-efficient fine-tuning come before training on large corpora. "
            + "Continued pre-training is for teaching a model a new domain's language from large unlabeled corpora; most "
            + "application needs are met by fine-tuning or distillation.");

    public static readonly DiagnosticDescriptor UseManagedSpotTraining = Create(
        RuleIds.UseManagedSpotTraining,
        title: "Use managed spot training",
        messageFormat: "{0} does not use managed spot training: spare EC2 capacity, interrupted and resumed from checkpoints by SageMaker, costs less than on-demand training instances",
        RuleCategory.Customization,
        DiagnosticSeverity.Info,
        description: "Managed spot training runs the job on spare Amazon EC2 capacity; SageMaker waits for capacity, resumes from "
            + "checkpoints after interruptions and ends the job at MaxWaitTimeInSeconds. It suits jobs that checkpoint and are "
            + "not on a deadline, which is most training.");

    public static readonly DiagnosticDescriptor LoadQuantizedModel = Create(
        RuleIds.LoadQuantizedModel,
        title: "Load a quantized ONNX model",
        messageFormat: "'{0}' names no reduced precision (int8, uint8, int4, q4, fp16, …), so it is likely a full-precision model{1}; quantized to 8 bits, its weights take a quarter of the memory of 32-bit floats",
        RuleCategory.EfficientInference,
        DiagnosticSeverity.Warning,
        description: "A model quantized to 8-bit integers (or 16-bit floats on GPUs) moves and multiplies far fewer bytes per inference "
            + "than the full-precision export, usually with a small loss of accuracy. ONNX Runtime's tools produce quantized siblings "
            + "such as model.int8.onnx or model_quantized.onnx; load one when its accuracy has been checked.");

    public static readonly DiagnosticDescriptor CreateOncePerLoop = Create(
        RuleIds.CreateOncePerLoop,
        title: "Create the session or client once, not per iteration",
        messageFormat: "{0} is created on every iteration of this loop{1}; create it once before the loop and reuse it",
        RuleCategory.EfficientInference,
        DiagnosticSeverity.Warning,
        description: "Creating an ONNX Runtime InferenceSession loads and optimizes the model; constructing an AWS or Anthropic client "
            + "resolves configuration and sets up connections. Done per iteration, that work is repeated for every item while the "
            + "object could be shared: ONNX Runtime sessions and AWS SDK clients are safe to use from many threads.");

    public static readonly DiagnosticDescriptor ReuseInferenceSession = Create(
        RuleIds.ReuseInferenceSession,
        title: "Reuse the InferenceSession across calls",
        messageFormat: "{0} creates an InferenceSession, runs it and {1} on every call, so each call loads and optimizes the model again{2}; keep one session (a field, a singleton or Lazy<InferenceSession>) and reuse it",
        RuleCategory.EfficientInference,
        DiagnosticSeverity.Info,
        description: "Session creation is the expensive part of ONNX Runtime inference: reading the model, applying graph optimizations and "
            + "allocating memory. A session created per request pays that on every call; one long-lived session pays it once.");

    public static readonly DiagnosticDescriptor KeepGraphOptimizations = Create(
        RuleIds.KeepGraphOptimizations,
        title: "Keep ONNX graph optimizations on",
        messageFormat: "GraphOptimizationLevel is set to {0}; ONNX Runtime enables all graph optimizations (constant folding, node fusions, layout changes) by default: keep ORT_ENABLE_ALL",
        RuleCategory.EfficientInference,
        DiagnosticSeverity.Warning,
        description: "Graph optimizations remove redundant nodes and fuse operators so each inference does less work. ONNX Runtime "
            + "turns them all on by default; a lower level makes every inference of the session slower and costlier.");

    public static readonly DiagnosticDescriptor QuantizeServingContainer = Create(
        RuleIds.QuantizeServingContainer,
        title: "Quantize the LLM serving container",
        messageFormat: "This {0} container serves the model at full precision: it sets no {1}; {1}={2} quantizes the weights when the model loads ({3})",
        RuleCategory.EfficientInference,
        DiagnosticSeverity.Info,
        description: "LLM serving containers on SageMaker (Hugging Face TGI, AWS LMI) can quantize a model's weights when it loads, "
            + "roughly halving the accelerator memory it needs, so the same model fits a smaller instance or serves more requests "
            + "per instance. Pre-quantized models need no key: the container reads their quantization from the model.");

    public static readonly DiagnosticDescriptor BatchBulkCalls = Create(
        RuleIds.BatchBulkCalls,
        title: "Batch bulk Bedrock calls",
        messageFormat: "'{0}' is awaited once per item of a collection; if the answers can wait, Bedrock batch inference (CreateModelInvocationJob) runs the whole set as one job at {1}% less than on-demand ({2})",
        RuleCategory.EfficientInference,
        DiagnosticSeverity.Info,
        description: "Bulk work (classifying a backlog, summarizing a corpus, nightly enrichment) sent one on-demand call at a time pays "
            + "the on-demand price and holds a client busy for the whole set. Bedrock batch inference takes the prompts as a file in S3 "
            + "and returns the answers within its processing window, for supported models at a lower price.");

    public static readonly DiagnosticDescriptor CaptureEndpointData = Create(
        RuleIds.CaptureEndpointData,
        title: "Capture endpoint data for model monitoring",
        messageFormat: "{0} {1}: without data capture, SageMaker Model Monitor has no requests and responses to check for data drift and model quality loss{2}",
        RuleCategory.Monitoring,
        DiagnosticSeverity.Warning,
        description: "Data capture records a sample of an endpoint's requests and responses in S3; SageMaker Model Monitor checks them "
            + "against a baseline for data drift and model quality, which tells when a model must be retrained or can be replaced by a "
            + "smaller one. Usage (invocations, latency, utilization) is in CloudWatch without it.");

    public static readonly DiagnosticDescriptor ScaleAndAlarmEndpoints = Create(
        RuleIds.ScaleAndAlarmEndpoints,
        title: "Scale and alarm on endpoints",
        messageFormat: "Endpoint created, but this project registers no SageMaker scalable target and puts no CloudWatch alarm on SageMaker metrics: {0}",
        RuleCategory.Monitoring,
        DiagnosticSeverity.Info,
        description: "An endpoint without auto scaling keeps every instance running through quiet hours; without an alarm nobody "
            + "notices. Register the variant as an Application Auto Scaling target (namespace sagemaker) or put a CloudWatch alarm on its "
            + "SageMaker metrics (anywhere in the project); a single-instance endpoint with intermittent traffic may fit serverless inference.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ProfileTrainingJobs = Create(
        RuleIds.ProfileTrainingJobs,
        title: "Profile training jobs",
        messageFormat: "{0} {1}: without the profiler, idle accelerators and input bottlenecks go unseen while the job bills every instance-hour",
        RuleCategory.Monitoring,
        DiagnosticSeverity.Info,
        description: "SageMaker's profiler records CPU, GPU and I/O utilization of a training job, which shows when instances are "
            + "oversized or waiting on data: the evidence for a smaller or more efficient instance.");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        RuleIds.InvalidOption,
        title: "Invalid GreenAnalyzers option",
        messageFormat: "GreenAnalyzers option '{0}' = '{1}': {2}",
        RuleCategory.Policy,
        DiagnosticSeverity.Warning,
        description: "A green_analyzers.* key that GreenAnalyzers does not know (likely misspelled), or a value it cannot read. "
            + "The rules ignore it and use their defaults, so a policy the team believes is enforced may not be.",
        WellKnownDiagnosticTags.CompilationEnd);

    // GA3001 and GA3003 are Warning for SageMaker and Info for EC2 (rules.md). A descriptor has one default severity, so
    // the descriptor says Warning and InstanceTypeAnalyzer reports EC2 values with an effective severity of Info.
    public static readonly DiagnosticDescriptor ServeOnInferentia = Create(
        RuleIds.ServeOnInferentia,
        title: "Serve on Inferentia instead of GPU",
        messageFormat: "Use '{1}' (AWS Inferentia2) instead of GPU instance '{0}' for inference: {2}",
        RuleCategory.EfficientSilicon,
        DiagnosticSeverity.Warning,
        description: "AWS Inferentia2 is built for inference: the AWS Well-Architected Machine Learning Lens (MLSUS-12) quotes up to "
            + "50% better performance per watt than comparable EC2 instances. The model must be compiled with the AWS Neuron SDK and "
            + "served from a Neuron container. The message quotes hourly prices from GreenAnalyzers' dated catalog, and says so where "
            + "the Inferentia2 size costs more per hour. Warning for SageMaker endpoints; Info for EC2, and on EC2 only in code that "
            + "also uses an inference SDK.");

    public static readonly DiagnosticDescriptor TrainOnTrainium = Create(
        RuleIds.TrainOnTrainium,
        title: "Train on Trainium instead of GPU",
        messageFormat: "Use '{1}' (AWS Trainium) instead of GPU instance '{0}' for training: {2}",
        RuleCategory.EfficientSilicon,
        DiagnosticSeverity.Info,
        description: "AWS Trainium is built for training: the AWS Well-Architected Machine Learning Lens (MLSUS-12) quotes approximately "
            + "25% lower energy to train BERT-Large than comparable accelerated EC2 instances. The training script must run on the AWS "
            + "Neuron SDK (a Neuron training container).");

    public static readonly DiagnosticDescriptor UseGraviton = Create(
        RuleIds.UseGraviton,
        title: "Use Graviton for CPU inference",
        messageFormat: "Use '{1}' (AWS Graviton) instead of x86 instance '{0}': {2}",
        RuleCategory.EfficientSilicon,
        DiagnosticSeverity.Warning,
        description: "Graviton3 uses up to 60% less energy than comparable EC2 instances for the same performance (AWS Well-Architected "
            + "Machine Learning Lens, MLSUS-12), and usually costs less per hour. The workload needs an arm64 (or multi-arch) container "
            + "image. Warning for SageMaker; Info for EC2.");

    public static readonly DiagnosticDescriptor MoveOffOlderAccelerator = Create(
        RuleIds.MoveOffOlderAccelerator,
        title: "Move off an older accelerator generation",
        messageFormat: "'{0}' is {1}{2}",
        RuleCategory.EfficientSilicon,
        DiagnosticSeverity.Warning,
        description: "Older accelerator generations (p2, p3, p3dn, g3, g4dn, inf1) do less work per watt than current accelerators, and "
            + "AWS no longer takes new customers for Amazon Elastic Inference. Where the catalog has a sourced successor for the workload "
            + "(Inferentia2 for serving, Trainium for training), the message quotes its claim and the fix writes it. Wins over GA3001 and "
            + "GA3002 on the same value.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        UseSmallerModel, ReplaceLegacyModel, BoundOutputLength, CacheStaticPrompt, PreferFineTuning, UseManagedSpotTraining,
        ServeOnInferentia, TrainOnTrainium, UseGraviton, MoveOffOlderAccelerator,
        LoadQuantizedModel, CreateOncePerLoop, ReuseInferenceSession, KeepGraphOptimizations, QuantizeServingContainer, BatchBulkCalls,
        CaptureEndpointData, ScaleAndAlarmEndpoints, ProfileTrainingJobs, InvalidOption);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>The rule's descriptor with one more message argument at the end (a finding read from a configuration
    /// file says which use it inferred; one in code on a value read from configuration says which key and file). Cached. Same id, title, category, help link and default severity: severity settings and
    /// suppressions by id apply unchanged.</summary>
    public static DiagnosticDescriptor WithTrailingArgument(DiagnosticDescriptor rule) => s_withTrailingArgument.GetOrAdd(rule, CreateWithTrailingArgument);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor> s_withTrailingArgument = new();

    private static DiagnosticDescriptor CreateWithTrailingArgument(DiagnosticDescriptor rule)
    {
        var format = rule.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var next = 0;
        foreach (Match match in Regex.Matches(format, @"\{(\d+)\}"))
        {
            next = Math.Max(next, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1);
        }

#pragma warning disable RS0030 // the catalog is the one place that constructs descriptors
        return new DiagnosticDescriptor(
            rule.Id, rule.Title, format + "{" + next.ToString(CultureInfo.InvariantCulture) + "}", rule.Category, rule.DefaultSeverity,
            rule.IsEnabledByDefault, rule.Description, rule.HelpLinkUri, rule.CustomTags.ToArray());
    }

    private static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, params string[] customTags)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
#pragma warning restore RS0030
}

/// <summary>Rule ids; fixed forever once shipped.</summary>
internal static class RuleIds
{
    public const string UseSmallerModel = "GA1001";
    public const string ReplaceLegacyModel = "GA1002";
    public const string BoundOutputLength = "GA1003";
    public const string CacheStaticPrompt = "GA1004";
    public const string PreferFineTuning = "GA2001";
    public const string UseManagedSpotTraining = "GA2002";
    public const string LoadQuantizedModel = "GA4001";
    public const string CreateOncePerLoop = "GA4002";
    public const string ReuseInferenceSession = "GA4003";
    public const string KeepGraphOptimizations = "GA4004";
    public const string QuantizeServingContainer = "GA4005";
    public const string BatchBulkCalls = "GA4006";
    public const string CaptureEndpointData = "GA5001";
    public const string ScaleAndAlarmEndpoints = "GA5002";
    public const string ProfileTrainingJobs = "GA5003";
    public const string InvalidOption = "GA9001";
    public const string ServeOnInferentia = "GA3001";
    public const string TrainOnTrainium = "GA3002";
    public const string UseGraviton = "GA3003";
    public const string MoveOffOlderAccelerator = "GA3004";
}
