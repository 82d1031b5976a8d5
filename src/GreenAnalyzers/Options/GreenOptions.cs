namespace GreenAnalyzers.Options;

/// <summary>Every option GreenAnalyzers reads, each defined once (<see cref="GreenOption"/>). The rules read these
/// definitions, GA9001 checks keys and values against <see cref="All"/>, and docs/configuration.md's options table is
/// generated from them.</summary>
internal static class GreenOptions
{
    private static readonly char[] s_comma = [','];

    public static readonly GreenOption<ModelTier> MaxModelTier = new(
        "max_model_tier", OptionScope.GlobalAndPerRule, Rules(RuleIds.UseSmallerModel),
        string.Join(" | ", ModelTiers.Names), ModelTier.Large, ModelTier.Large.Name(),
        "the largest model tier used without a finding (the default flags frontier models only)",
        ModelTiers.TryParse);

    public static readonly GreenOption<ImmutableArray<string>> AllowedModels = new(
        "allowed_models", OptionScope.GlobalAndPerRule, Rules(RuleIds.UseSmallerModel, RuleIds.ReplaceLegacyModel),
        "comma-separated Bedrock model ids, inference-profile ids or ARNs", ImmutableArray<string>.Empty, "none",
        "models never flagged; the global list holds for both rules, a rule's own list adds to it for that rule",
        ParseModelList, PerRuleValue.AddsToGlobal);

    public static readonly GreenOption<ImmutableArray<CustomModel>> CustomModels = new(
        "custom_models", OptionScope.Global, Rules(RuleIds.UseSmallerModel),
        "comma-separated entries '<model id> <tier> [<smaller sibling id>]'", ImmutableArray<CustomModel>.Empty, "none",
        "the team's own tiers and smaller siblings, which win over the catalog (see below)",
        (string text, out ImmutableArray<CustomModel> value) =>
        {
            var parsed = Options.CustomModels.Parse(text);
            value = parsed ?? ImmutableArray<CustomModel>.Empty;
            return parsed is not null;
        });

    public static readonly GreenOption<string?> AsOf = new(
        "as_of", OptionScope.Global, Rules(RuleIds.ReplaceLegacyModel, RuleIds.UseSmallerModel),
        "an ISO date yyyy-MM-dd", null, "<GreenAnalyzersAsOf>, today's date in builds and `green`; else the catalog's date",
        "the date lifecycle is judged at; wins over the build's `<GreenAnalyzersAsOf>` (see below)",
        (string text, out string? value) => (value = ModelSelectionOptions.ReadAsOf(text)) is not null);

    public static readonly GreenOption<bool> AllowGlobalProfile = new(
        "allow_global_profile", OptionScope.Global, Rules(RuleIds.UseSmallerModel, RuleIds.ReplaceLegacyModel),
        "true | false", false, "false",
        "`true` lets a fix turn a bare id into a `global.` inference-profile id when no geography applies (see below)",
        bool.TryParse);

    public static readonly GreenOption<int> DefaultMaxTokens = Integer(
        "default_max_tokens", RuleIds.BoundOutputLength, 1, 1_000_000, 1024, "the MaxTokens the fix writes");

    public static readonly GreenOption<int> MinChars = Integer(
        "min_chars", RuleIds.CacheStaticPrompt, 1, 10_000_000, 4096, "the shortest constant prompt (in characters) worth a cache point");

    public static readonly GreenOption<ImmutableArray<string>> ExcludedModels = new(
        "excluded_models", OptionScope.PerRule, Rules(RuleIds.LoadQuantizedModel),
        "comma-separated model file names", ImmutableArray<string>.Empty, "none",
        "model files never flagged (`sentiment.onnx, models/legacy.onnx`; a path counts by its file name)",
        (string text, out ImmutableArray<string> value) => !(value = Split(text)).IsEmpty);

    public static readonly GreenOption<int> SamplingPercentage = Integer(
        "sampling_percentage", RuleIds.CaptureEndpointData, 1, 100, 10, "the InitialSamplingPercentage the fix writes");

    public static readonly GreenOption<string?> DestinationS3Uri = new(
        "destination_s3_uri", OptionScope.GlobalAndPerRule, Rules(RuleIds.CaptureEndpointData),
        "an S3 URI 's3://bucket[/prefix]'", null, "none, so GA5001 offers no fix",
        "where the fix sends captured data; GA5001 offers a fix only once it is set",
        (string text, out string? value) => (value = MonitoringOptions.ParseDestination(text)) is not null);

    public static readonly GreenOption<bool> ConfigurationFiles = new(
        "configuration_files", OptionScope.Global,
        Rules(RuleIds.UseSmallerModel, RuleIds.ReplaceLegacyModel, RuleIds.ServeOnInferentia, RuleIds.TrainOnTrainium, RuleIds.UseGraviton, RuleIds.MoveOffOlderAccelerator),
        "true | false", true, "true",
        "`false` stops judging the values of [configuration files](#configuration-files-appsettingsjson) (globally, or for the files a section matches)",
        bool.TryParse);

    /// <summary>Each option once, in the order of the docs.</summary>
    public static ImmutableArray<GreenOption> All { get; } = ImmutableArray.Create<GreenOption>(
        MaxModelTier, AllowedModels, CustomModels, AsOf, AllowGlobalProfile, DefaultMaxTokens, MinChars, ExcludedModels, SamplingPercentage, DestinationS3Uri, ConfigurationFiles);

    private static readonly Dictionary<string, GreenOption> s_bySpelling = Index();

    /// <summary>The option a key (without the prefix, any case) spells, or null.</summary>
    public static GreenOption? Find(string name) => s_bySpelling.TryGetValue(name.ToLowerInvariant(), out var option) ? option : null;

    /// <summary>The known key nearest to a misspelled one, when it is near enough to be a likely typo.</summary>
    public static string? Nearest(string name)
    {
        name = name.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var spelling in All.SelectMany(option => option.Spellings))
        {
            if (spelling.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(spelling, StringComparison.Ordinal))
            {
                return spelling; // a truncated or extended key: "ga5001.destination" → "ga5001.destination_s3_uri"
            }

            var distance = Distance(name, spelling);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (spelling, distance);
            }
        }

        return bestDistance <= Math.Max(3, name.Length / 4) ? best : null;
    }

    /// <summary>A comma-separated list: spaces and empty entries are ignored.</summary>
    public static ImmutableArray<string> Split(string text)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in text.Split(s_comma, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }

    internal static bool IsModelIdShape(string entry)
        => entry.StartsWith("arn:", StringComparison.Ordinal)
            || (ModelReference.Parse(entry) is { } reference && reference.BaseId.IndexOf('.') > 0 && IsIdText(entry));

    private static ImmutableArray<string> Rules(params string[] ruleIds) => ImmutableArray.Create(ruleIds);

    private static GreenOption<int> Integer(string name, string ruleId, int min, int max, int defaultValue, string doc) => new(
        name, OptionScope.GlobalAndPerRule, Rules(ruleId),
        $"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
        defaultValue, defaultValue.ToString(CultureInfo.InvariantCulture), doc,
        (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);

    /// <summary>Well-formed ids are accepted even when the catalog does not know them (a team may allow a newer model).</summary>
    private static bool ParseModelList(string text, out ImmutableArray<string> value)
    {
        value = Split(text);
        foreach (var entry in value)
        {
            if (!IsModelIdShape(entry))
            {
                return false;
            }
        }

        return true;
    }

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

    private static Dictionary<string, GreenOption> Index()
    {
        var index = new Dictionary<string, GreenOption>(StringComparer.Ordinal);
        foreach (var option in All)
        {
            foreach (var spelling in option.Spellings)
            {
                index[spelling] = option;
            }
        }

        return index;
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
