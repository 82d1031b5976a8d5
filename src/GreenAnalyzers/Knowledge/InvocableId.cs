using System.Collections.Immutable;
using System.Linq;

namespace GreenAnalyzers.Knowledge;

/// <summary>
/// What a fix may write when it replaces the model a reference names by <c>target</c>: an id that can be invoked as
/// written, in the same geography. <see cref="Suggested"/> is the whole new value and <see cref="Replacement"/> the
/// text written over the reference's base id (it carries a profile prefix when a bare id must become a profile id);
/// both are null when no such id exists, and <see cref="Reason"/> then says why and names the ids to choose from.
/// </summary>
internal sealed record InvocableId(string? Suggested, string? Replacement, string Reason)
{
    public bool HasFix => Replacement is not null;

    /// <summary>
    /// The rules, in order: a foundation-model ARN keeps its shape only for a model invocable in-Region (a profile ARN
    /// needs the account); a profile id or profile ARN keeps its prefix, and only where the target has that profile; a
    /// bare id stays bare for an in-Region model, else takes the profile of the Region the client is built with
    /// (<paramref name="clientGeographies"/>, narrowest first), else <c>global.</c> when <paramref name="allowGlobal"/>.
    /// Whatever the catalog does not know (invocation, profiles) gets no fix.
    /// </summary>
    public static InvocableId For(ModelReference original, ModelEntry target, ImmutableArray<string> clientGeographies, bool allowGlobal)
    {
        var id = target.BaseId;
        if (original.IsFoundationModelArn)
        {
            return target.Invocation switch
            {
                InvocationMode.InRegion => Fix(original, id),
                InvocationMode.ProfileOnly => NoFix(
                    $"Bedrock serves '{id}' only through inference profiles, and an inference-profile ARN names your account, which the code does not show: {Choose(target)}"),
                _ => UnknownInvocation(id),
            };
        }

        if (original.Prefix.Length > 0)
        {
            var geography = original.Prefix.TrimEnd('.');
            if (target.GeoProfiles.Contains(geography))
            {
                return Fix(original, id);
            }

            return target.GeoProfiles.IsEmpty
                ? NoFix($"the catalog does not list the inference profiles of '{id}': check that it has a '{original.Prefix}' profile")
                : NoFix($"'{id}' has no '{original.Prefix}' inference profile: {Choose(target)}");
        }

        switch (target.Invocation)
        {
            case InvocationMode.InRegion:
                return Fix(original, id);
            case InvocationMode.ProfileOnly:
                foreach (var geography in clientGeographies)
                {
                    if (target.GeoProfiles.Contains(geography))
                    {
                        return Fix(original, geography + "." + id);
                    }
                }

                if (allowGlobal && target.GeoProfiles.Contains(Global))
                {
                    return Fix(original, Global + "." + id);
                }

                return NoFix($"Bedrock serves '{id}' only through inference profiles: {Choose(target)}");
            default:
                return UnknownInvocation(id);
        }
    }

    /// <summary>The geographies whose profiles keep inference near a Region (<c>eu-west-1</c> or the SDK's field name
    /// <c>EUWest1</c>), narrowest first: Tokyo and Osaka → <c>jp</c>, then <c>apac</c>. Empty for a Region without one, and
    /// for the isolated and sovereign partitions (<c>us-iso-east-1</c>, <c>eu-isoe-west-1</c>, <c>eusc-de-east-1</c>), which
    /// the commercial <c>us.</c> and <c>eu.</c> profiles do not serve.</summary>
    public static ImmutableArray<string> GeographiesOf(string region)
    {
        var name = region.Replace("-", string.Empty).ToLowerInvariant();
        if (name.StartsWith("usiso", StringComparison.Ordinal) || name.StartsWith("euiso", StringComparison.Ordinal) || name.StartsWith("eusc", StringComparison.Ordinal))
        {
            return ImmutableArray<string>.Empty;
        }

        if (name.StartsWith("usgov", StringComparison.Ordinal))
        {
            return ImmutableArray.Create("us-gov");
        }

        if (name is "apnortheast1" or "apnortheast3")
        {
            return ImmutableArray.Create("jp", "apac");
        }

        if (name is "apsoutheast2" or "apsoutheast4")
        {
            return ImmutableArray.Create("au", "apac");
        }

        foreach (var (head, geography) in s_regionHeads)
        {
            if (name.StartsWith(head, StringComparison.Ordinal) && name.Length > head.Length && !char.IsDigit(name[head.Length]))
            {
                return ImmutableArray.Create(geography);
            }
        }

        return ImmutableArray<string>.Empty;
    }

    private const string Global = "global";

    private static readonly (string Head, string Geography)[] s_regionHeads = { ("us", "us"), ("eu", "eu"), ("ap", "apac"), ("ca", "ca") };

    private static InvocableId Fix(ModelReference original, string replacement)
        => new(original.WithBaseId(replacement), replacement, string.Empty);

    private static InvocableId NoFix(string reason) => new(null, null, reason);

    private static InvocableId UnknownInvocation(string id)
        => NoFix($"the catalog does not record whether '{id}' can be invoked in-Region or needs an inference profile: check its model card");

    /// <summary>"choose one of 'us.x', 'eu.x'", or a pointer to the model card when no profile is listed.</summary>
    private static string Choose(ModelEntry target)
        => target.GeoProfiles.IsEmpty
            ? "choose an inference profile from its model card"
            : "choose one of " + string.Join(", ", target.GeoProfiles.Select(g => "'" + g + "." + target.BaseId + "'"));
}
