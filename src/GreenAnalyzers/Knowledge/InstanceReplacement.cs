namespace GreenAnalyzers.Knowledge;

/// <summary>Why an instance type has a greener replacement; one rule each.</summary>
internal enum InstanceReplacementKind
{
    /// <summary>GA3001: an NVIDIA GPU serving inference (endpoint, EC2) → Inferentia2.</summary>
    GpuToInferentia,

    /// <summary>GA3002: an NVIDIA GPU training job → Trainium.</summary>
    GpuToTrainium,

    /// <summary>GA3003: an x86 CPU type → Graviton.</summary>
    X86ToGraviton,

    /// <summary>GA3004: an older accelerator generation (p2, p3, p3dn, g3, g4dn, inf1) → its current successor for the
    /// api's workload. Wins over GA3001/GA3002 on the same value.</summary>
    OlderGeneration,
}

/// <summary>What else the move needs besides a new instance type.</summary>
internal enum InstanceMoveRequirement
{
    None,

    /// <summary>Inferentia/Trainium: the model compiled with the AWS Neuron SDK, served or trained in a Neuron container.</summary>
    NeuronCompiledModel,

    /// <summary>Graviton: an arm64 (or multi-arch) container image.</summary>
    Arm64Image,
}

/// <summary>An efficiency claim that may be quoted word for word, and its source.</summary>
internal sealed record InstanceClaim(string Id, string Text, CatalogSource Source)
{
    public string Citation => Source.Citation;
}

/// <summary>
/// The greener replacement of one instance type for one api (Data/instance_replacements.tsv). Prices are those of the
/// api (<see cref="InstanceEntry.PriceFor"/>); <see cref="CostsMore"/> is null when either is unknown. A row with
/// <see cref="Verified"/> false has no sourced basis and must not be suggested.
/// </summary>
internal sealed record InstanceReplacement(
    InstanceApi Api,
    string From,
    string To,
    InstanceReplacementKind Kind,
    bool SizedByResearch,
    InstancePrice? FromPrice,
    InstancePrice? ToPrice,
    bool? CostsMore,
    InstanceClaim? Claim,
    InstanceMoveRequirement Requires,
    bool? FromAwsCurrentGeneration,
    bool Verified,
    string Note)
{
    /// <summary>Hourly price change in percent (negative = cheaper), rounded to one decimal; null when unknown.</summary>
    public decimal? PriceChangePercent => FromPrice is { UsdPerHour: > 0m } from && ToPrice is { } to
        ? decimal.Round((to.UsdPerHour - from.UsdPerHour) * 100m / from.UsdPerHour, 1)
        : null;

    /// <summary>A short phrase for a fix title or message.</summary>
    public string RequirementText => Requires switch
    {
        InstanceMoveRequirement.NeuronCompiledModel => "needs a Neuron-compiled model and a Neuron container",
        InstanceMoveRequirement.Arm64Image => "needs an arm64 container image",
        _ => string.Empty,
    };
}
