namespace GreenAnalyzers.Knowledge;

/// <summary>How a Bedrock model is named in a value.</summary>
internal enum ModelReferenceShape
{
    /// <summary><c>anthropic.claude-3-haiku-20240307-v1:0</c>, optionally with a cross-Region profile prefix.</summary>
    ModelId,

    /// <summary><c>arn:aws:bedrock:us-east-1::foundation-model/&lt;id&gt;</c> or <c>…:inference-profile/&lt;prefix&gt;.&lt;id&gt;</c>.</summary>
    Arn,

    /// <summary>An ARN of a custom model, provisioned model, application inference profile, or other resource:
    /// accepted in allow lists, never judged against the catalog.</summary>
    OtherArn,
}

/// <summary>
/// A model id as written, split into what the catalog knows (<see cref="BaseId"/>) and what a fix must keep:
/// the ARN head, the cross-Region inference-profile prefix (<c>us.</c>, <c>eu.</c>, <c>apac.</c>, <c>jp.</c>,
/// <c>au.</c>, <c>ca.</c>, <c>us-gov.</c>, <c>global.</c>) and a provisioned-throughput context suffix (<c>:200k</c>).
/// </summary>
internal sealed record ModelReference(string Value, ModelReferenceShape Shape, string ArnHead, string Prefix, string BaseId, string Suffix)
{
    // Longer prefixes first: "us-gov." must not be read as "us." + "gov.…".
    private static readonly string[] ProfilePrefixes = { "us-gov.", "global.", "apac.", "us.", "eu.", "jp.", "au.", "ca." };

    /// <summary><c>arn:…:foundation-model/&lt;id&gt;</c>: names the model in one Region, without an account.</summary>
    public bool IsFoundationModelArn => Shape == ModelReferenceShape.Arn && ArnHead.EndsWith(":foundation-model/", System.StringComparison.Ordinal);

    /// <summary>The same reference naming another base model: prefix, ARN and suffix kept.</summary>
    public string WithBaseId(string baseId) => ArnHead + Prefix + baseId + Suffix;

    /// <summary>Parses a value; null when it is not shaped like a Bedrock model id or ARN at all.</summary>
    public static ModelReference? Parse(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > 2048 || HasWhiteSpace(value))
        {
            return null;
        }

        if (value.StartsWith("arn:", System.StringComparison.Ordinal))
        {
            return ParseArn(value);
        }

        return ParseId(value, arnHead: string.Empty, ModelReferenceShape.ModelId);
    }

    /// <summary>The same base id without a trailing provisioned-throughput context suffix such as <c>:200k</c>,
    /// for catalog lookups (<c>anthropic.claude-3-haiku-20240307-v1:0:200k</c>).</summary>
    public ModelReference? WithoutContextSuffix()
    {
        var colon = BaseId.LastIndexOf(':');
        if (Suffix.Length > 0 || colon < 0 || colon == BaseId.Length - 1)
        {
            return null;
        }

        var tail = BaseId.Substring(colon + 1);
        var isContextWindow = tail == "mm" || (tail.Length > 1 && tail[tail.Length - 1] == 'k' && AllDigits(tail.Substring(0, tail.Length - 1)));
        return isContextWindow ? this with { BaseId = BaseId.Substring(0, colon), Suffix = ":" + tail } : null;
    }

    private static readonly char[] s_arnSeparator = [':'];

    private static ModelReference? ParseArn(string value)
    {
        // arn:partition:bedrock:region:account:resource-type/resource — the resource may itself contain ':'.
        var parts = value.Split(s_arnSeparator, 6);
        if (parts.Length != 6 || parts[2] != "bedrock")
        {
            return null;
        }

        var resource = parts[5];
        var slash = resource.IndexOf('/');
        if (slash <= 0 || slash == resource.Length - 1)
        {
            return null;
        }

        var resourceType = resource.Substring(0, slash);
        var arnHead = value.Substring(0, value.Length - resource.Length + slash + 1);
        return resourceType is "foundation-model" or "inference-profile"
            ? ParseId(resource.Substring(slash + 1), arnHead, ModelReferenceShape.Arn)
            : new ModelReference(value, ModelReferenceShape.OtherArn, arnHead, string.Empty, resource.Substring(slash + 1), string.Empty);
    }

    private static ModelReference? ParseId(string id, string arnHead, ModelReferenceShape shape)
    {
        var prefix = string.Empty;
        foreach (var candidate in ProfilePrefixes)
        {
            if (id.StartsWith(candidate, System.StringComparison.Ordinal))
            {
                prefix = candidate;
                break;
            }
        }

        var baseId = id.Substring(prefix.Length);
        // provider.model — anything without a provider segment is not a Bedrock model id.
        var dot = baseId.IndexOf('.');
        return dot <= 0 || dot == baseId.Length - 1
            ? null
            : new ModelReference(arnHead + id, shape, arnHead, prefix, baseId, string.Empty);
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllDigits(string value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
