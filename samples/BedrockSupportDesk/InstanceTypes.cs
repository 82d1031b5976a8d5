namespace BedrockSupportDesk;

/// <summary>The instance types the self-hosted models run on, in one place so a review sees every choice.</summary>
public static class InstanceTypes
{
    /// <summary>Shadow variant that replays live traffic against the next classifier. Kept from the 2022 setup.</summary>
    public const string ClassifierShadow = "ml.g4dn.xlarge";

    /// <summary>CPU endpoint for the sentence-embedding model behind ticket search.</summary>
    public const string Embeddings = "ml.c5.xlarge";

    /// <summary>Workers that extract and index ticket attachments.</summary>
    public const string IndexWorkers = "m5.xlarge";
}
