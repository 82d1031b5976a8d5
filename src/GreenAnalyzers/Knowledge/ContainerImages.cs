namespace GreenAnalyzers.Knowledge;

/// <summary>What is known about the builds of one container image: whether it runs on AWS Neuron (Inferentia,
/// Trainium) and on arm64 (Graviton). Null means unknown: the silicon rules keep their verdict.</summary>
/// <param name="Name">What messages call the image: its repository (<c>sagemaker-xgboost</c>).</param>
/// <param name="Source">Where its builds were read, or null for a Neuron image recognised by its name.</param>
internal sealed record ContainerImage(string Name, bool? HasNeuronBuild, bool? HasArm64Build, CatalogSource? Source)
{
    /// <summary>Whether a move to silicon with this requirement would need a build the image does not have.</summary>
    public bool Lacks(InstanceMoveRequirement requirement) => requirement switch
    {
        InstanceMoveRequirement.NeuronCompiledModel => HasNeuronBuild == false,
        InstanceMoveRequirement.Arm64Image => HasArm64Build == false,
        _ => false,
    };

    /// <summary>"the image 'kmeans' has no AWS Neuron build (source)".</summary>
    public string NoBuildText(InstanceMoveRequirement requirement)
    {
        var build = requirement == InstanceMoveRequirement.Arm64Image ? "arm64 (Graviton)" : "AWS Neuron (Inferentia/Trainium)";
        return $"the image '{Name}' has no {build} build" + (Source is { } source ? " (" + source.Citation + ")" : string.Empty);
    }
}

/// <summary>
/// SageMaker images whose builds are known (Data/images.tsv, generated from tools/catalog/curated/images.tsv): the
/// built-in algorithms (CPU/CUDA only, no Neuron build; most without an arm64 build), recognised by the repository of an
/// ECR image path. An image whose repository or tag names Neuron (<c>pytorch-inference-neuronx</c>) is a Neuron image.
/// </summary>
internal static class ContainerImages
{
    private const string NeuronMarker = "neuron";

    private static readonly Lazy<Dictionary<string, ContainerImage>> s_byRepository = new(Load);

    /// <summary>The image behind an image URI, or null when nothing is known about it.</summary>
    public static ContainerImage? Find(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        var text = uri!.Trim();
        // registry/repository[:tag] or registry/repository[@digest]: the repository follows the registry host.
        var slash = text.IndexOf('/');
        var end = text.IndexOf('@');
        var colon = text.LastIndexOf(':');
        if (end < 0)
        {
            end = colon > slash ? colon : text.Length;
        }

        if (text.IndexOf(NeuronMarker, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var name = slash >= 0 && end > slash ? text.Substring(slash + 1, end - slash - 1) : text;
            return new ContainerImage(name, HasNeuronBuild: true, HasArm64Build: null, Source: null);
        }

        // Only an Amazon ECR path names a SageMaker image: "xgboost" on another registry could be anything.
        if (slash <= 0 || end <= slash + 1 || text.IndexOf(".dkr.ecr.", 0, slash, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        return s_byRepository.Value.TryGetValue(text.Substring(slash + 1, end - slash - 1), out var image) ? image : null;
    }

    private static Dictionary<string, ContainerImage> Load()
    {
        var catalog = InstanceCatalog.Default;
        var images = new Dictionary<string, ContainerImage>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Tsv.ReadResource("images.tsv"))
        {
            var repository = row["repository"];
            images[repository] = new ContainerImage(
                repository, row["neuron"] == "yes", row["arm64"] == "yes", catalog.Source(row["builds_source"]));
        }

        return images;
    }
}
