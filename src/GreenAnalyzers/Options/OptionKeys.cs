using System.Globalization;

namespace GreenAnalyzers.Options;

/// <summary>One <c>green_analyzers.*</c> key: its name (lower case, as the compiler hands keys over), what it accepts,
/// and how to check a value. A value that fails the check is reported by GA9001 and ignored by the rules.</summary>
internal sealed record OptionKey(string Name, string Accepted, Func<string, bool> IsValid, string Default);

/// <summary>Every option GreenAnalyzers reads. GA9001 checks keys and values against this list; docs/configuration.md
/// documents it, and a test keeps the two in step.</summary>
internal static class OptionKeys
{
    /// <summary>Each option once. An option a rule reads per rule with a global fallback (<see cref="OptionReader.Get"/>)
    /// is one <see cref="GlobalAndPerRule"/> entry, so GA9001 knows both spellings the rule reads.</summary>
    public static ImmutableArray<OptionKey> All { get; } = ImmutableArray.CreateRange(new[]
    {
        GlobalAndPerRule(RuleIds.UseSmallerModel, ModelSelectionOptions.MaxModelTierKey, Tier),
        [ModelList(ModelSelectionOptions.AllowedModelsKey),
            ModelList(RuleIds.UseSmallerModel + "." + ModelSelectionOptions.AllowedModelsKey),
            ModelList(RuleIds.ReplaceLegacyModel + "." + ModelSelectionOptions.AllowedModelsKey)],
        [new OptionKey(ModelSelectionOptions.CustomModelsKey, "comma-separated entries '<model id> <tier> [<smaller sibling id>]'", CustomModels.IsValid, "none"),
            new OptionKey(ModelSelectionOptions.AsOfKey, "an ISO date yyyy-MM-dd", v => ModelSelectionOptions.ReadAsOf(v) is not null,
                "<GreenAnalyzersAsOf>, today's date in builds and `green`; else the catalog's date"),
            new OptionKey(ModelSelectionOptions.AllowGlobalProfileKey, "true | false", v => bool.TryParse(v.Trim(), out _), "false")],
        GlobalAndPerRule(RuleIds.BoundOutputLength, ConverseRequestOptions.DefaultMaxTokensKey, name => Integer(name, 1, 1_000_000, ConverseRequestOptions.DefaultMaxTokens)),
        GlobalAndPerRule(RuleIds.CacheStaticPrompt, ConverseRequestOptions.MinCharsKey, name => Integer(name, 1, 10_000_000, ConverseRequestOptions.DefaultMinChars)),
        [new OptionKey((RuleIds.LoadQuantizedModel + "." + OnnxOptions.ExcludedModelsKey).ToLowerInvariant(), "comma-separated model file names",
            v => v.Split(',').Any(e => e.Trim().Length > 0), "none")],
        GlobalAndPerRule(RuleIds.CaptureEndpointData, MonitoringOptions.SamplingPercentageKey, name => Integer(name, 1, 100, MonitoringOptions.DefaultSamplingPercentage)),
        GlobalAndPerRule(RuleIds.CaptureEndpointData, MonitoringOptions.DestinationKey,
            name => new OptionKey(name.ToLowerInvariant(), "an S3 URI 's3://bucket[/prefix]'", v => MonitoringOptions.ParseDestination(v) is not null, "none, so GA5001 offers no fix")),
        [new OptionKey(Configuration.ConfigurationFile.SwitchName, "true | false", Configuration.ConfigurationFile.IsBoolean, "true")],
    }.SelectMany(keys => keys));

    private static readonly Dictionary<string, OptionKey> s_byName = Index();

    public static OptionKey? Find(string name) => s_byName.TryGetValue(name.ToLowerInvariant(), out var key) ? key : null;

    /// <summary>The known key nearest to a misspelled one, when it is near enough to be a likely typo.</summary>
    public static string? Nearest(string name)
    {
        name = name.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in All)
        {
            if (key.Name.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(key.Name, StringComparison.Ordinal))
            {
                return key.Name; // a truncated or extended key: "ga5001.destination" → "ga5001.destination_s3_uri"
            }

            var distance = Distance(name, key.Name);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (key.Name, distance);
            }
        }

        return bestDistance <= Math.Max(3, name.Length / 4) ? best : null;
    }

    private static Dictionary<string, OptionKey> Index()
    {
        var index = new Dictionary<string, OptionKey>(StringComparer.Ordinal);
        foreach (var key in All)
        {
            index[key.Name] = key;
        }

        return index;
    }

    /// <summary>The global key and its per-rule twin, which wins (<c>green_analyzers.GA1003.default_max_tokens</c> over
    /// <c>green_analyzers.default_max_tokens</c>): one definition, two spellings.</summary>
    private static OptionKey[] GlobalAndPerRule(string ruleId, string name, Func<string, OptionKey> define)
        => [define(name), define(ruleId + "." + name)];

    private static OptionKey Tier(string name)
        => new(name.ToLowerInvariant(), "tiny | small | medium | large | frontier", v => ModelTiers.TryParse(v.Trim(), out _), "large");

    private static OptionKey ModelList(string name)
        => new(name.ToLowerInvariant(), "comma-separated Bedrock model ids, inference-profile ids or ARNs", IsModelList, "none");

    private static OptionKey Integer(string name, int min, int max, int fallback)
        => new(name.ToLowerInvariant(), $"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
            v => int.TryParse(v.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max,
            fallback.ToString(CultureInfo.InvariantCulture));

    /// <summary>Well-formed ids are accepted even when the catalog does not know them (a team may allow a newer model).</summary>
    private static bool IsModelList(string value)
    {
        foreach (var item in value.Split(','))
        {
            var entry = item.Trim();
            if (entry.Length > 0 && !IsModelIdShape(entry))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsModelIdShape(string entry)
        => entry.StartsWith("arn:", StringComparison.Ordinal)
            || (ModelReference.Parse(entry) is { } reference && reference.BaseId.IndexOf('.') > 0 && IsIdText(entry));

    private static bool IsIdText(string entry)
    {
        foreach (var c in entry)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Levenshtein distance, for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
