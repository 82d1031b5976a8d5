namespace GreenAnalyzers.Knowledge;

/// <summary>What does the work on an instance type. From the research's processor/accelerator where it has specs,
/// otherwise from AWS's family naming (see tools/catalog/instances.py).</summary>
internal enum InstanceKind
{
    Unknown,
    Gpu,
    Inferentia,
    Trainium,
    Gaudi,
    OtherAccelerator,
    X86,
    Graviton,
}

/// <summary>An hourly on-demand price in USD and where it comes from (<see cref="CatalogSource.Citation"/> has its date).</summary>
internal sealed record InstancePrice(decimal UsdPerHour, CatalogSource Source);

/// <summary>A power figure in watts per accelerator: the board power limit seen on AWS, or the chip's TDP.</summary>
internal sealed record InstancePower(int WattsPerAccelerator, CatalogSource Source);

/// <summary>
/// One instance type of the knowledge catalog (Data/instances.tsv). Nullable figures are unknown: the research had no
/// sourced value. <see cref="Apis"/> lists the SDK constant classes that hold the type.
/// </summary>
internal sealed record InstanceEntry(
    string Type,
    string Family,
    string Size,
    InstanceKind Kind,
    int? VCpus,
    decimal? MemoryGib,
    CatalogSource? SpecSource,
    string Processor,
    string Accelerator,
    int? AcceleratorCount,
    decimal? AcceleratorMemoryGib,
    CatalogSource? AcceleratorSource,
    bool? AwsCurrentGeneration,
    bool OlderAccelerator,
    string NewerInLine,
    InstancePrice? Ec2Price,
    InstancePrice? SageMakerHostingPrice,
    InstancePower? PowerLimit,
    InstancePower? Tdp,
    ImmutableArray<InstanceApi> Apis)
{
    /// <summary>The price that applies to a value of this api: SageMaker real-time hosting for endpoints, EC2 on-demand
    /// (us-east-1, Linux) for EC2. None for training and processing: the catalog has no such prices.</summary>
    public InstancePrice? PriceFor(InstanceApi api) => api switch
    {
        InstanceApi.Ec2 => Ec2Price,
        InstanceApi.Endpoint => SageMakerHostingPrice,
        _ => null,
    };
}
