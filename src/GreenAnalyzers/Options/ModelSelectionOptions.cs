namespace GreenAnalyzers.Options;

/// <summary>The options of the model-selection rules for one file (<see cref="GreenOptions"/>). Unreadable values fall
/// back to the defaults, and GA9001 reports them; reading never throws.</summary>
internal sealed class ModelSelectionOptions : IEquatable<ModelSelectionOptions>
{
    /// <summary>What the package's targets pass (<c>&lt;GreenAnalyzersAsOf&gt;</c>, today's date unless pinned).</summary>
    public const string AsOfBuildProperty = "build_property.GreenAnalyzersAsOf";

    private readonly ImmutableArray<string> _allowedForAllRules;
    private readonly ImmutableArray<string> _allowedForUseSmallerModel;
    private readonly ImmutableArray<string> _allowedForReplaceLegacyModel;

    private ModelSelectionOptions(
        ModelTier maxTier, ImmutableArray<string> allowedForAllRules, ImmutableArray<string> allowedForUseSmallerModel, ImmutableArray<string> allowedForReplaceLegacyModel,
        ImmutableArray<CustomModel> customModels, string? asOf, bool allowGlobalProfile)
    {
        CustomModels = customModels;
        AsOf = asOf;
        AllowGlobalProfile = allowGlobalProfile;
        MaxTierForUseSmallerModel = maxTier;
        _allowedForAllRules = allowedForAllRules;
        _allowedForUseSmallerModel = allowedForUseSmallerModel;
        _allowedForReplaceLegacyModel = allowedForReplaceLegacyModel;
    }

    public ModelTier MaxTierForUseSmallerModel { get; }

    /// <summary>Equal when every option is: each file has its own options object, and judgements are kept per options
    /// (<see cref="Analyzers.ModelSelection.Judgements"/>), most files of a project sharing the same ones.</summary>
    public bool Equals(ModelSelectionOptions? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (MaxTierForUseSmallerModel == other.MaxTierForUseSmallerModel
                   && AsOf == other.AsOf
                   && AllowGlobalProfile == other.AllowGlobalProfile
                   && _allowedForAllRules.SequenceEqual(other._allowedForAllRules)
                   && _allowedForUseSmallerModel.SequenceEqual(other._allowedForUseSmallerModel)
                   && _allowedForReplaceLegacyModel.SequenceEqual(other._allowedForReplaceLegacyModel)
                   && CustomModels.SequenceEqual(other.CustomModels)));

    public override bool Equals(object? obj) => Equals(obj as ModelSelectionOptions);

    public override int GetHashCode()
        => ((int)MaxTierForUseSmallerModel * 31 + (AsOf?.GetHashCode() ?? 0)) * 31 + (AllowGlobalProfile ? 1 : 0)
           + _allowedForAllRules.Length + _allowedForUseSmallerModel.Length + _allowedForReplaceLegacyModel.Length + CustomModels.Length;

    /// <summary>The date lifecycle is judged against (<c>yyyy-MM-dd</c>): <c>green_analyzers.as_of</c>, else the build's
    /// <c>&lt;GreenAnalyzersAsOf&gt;</c>; null when neither is set (or readable): the catalog's date applies.</summary>
    public string? AsOf { get; }

    /// <summary><c>green_analyzers.allow_global_profile = true</c>: a fix may turn a bare id into a <c>global.</c>
    /// profile id (inference may then run in any commercial Region).</summary>
    public bool AllowGlobalProfile { get; }

    /// <summary>The team's own tiers and siblings (<c>green_analyzers.custom_models</c>); they win over the catalog.</summary>
    public ImmutableArray<CustomModel> CustomModels { get; }

    public CustomModel? FindCustom(ModelReference model)
    {
        foreach (var custom in CustomModels)
        {
            if (custom.BaseId == model.BaseId)
            {
                return custom;
            }
        }

        return null;
    }

    public static ModelSelectionOptions Read(AnalyzerConfigOptions options)
        => new(
            GreenOptions.MaxModelTier.Read(options),
            GreenOptions.AllowedModels.ReadGlobal(options),
            GreenOptions.AllowedModels.ReadForRule(options, RuleIds.UseSmallerModel),
            GreenOptions.AllowedModels.ReadForRule(options, RuleIds.ReplaceLegacyModel),
            GreenOptions.CustomModels.Read(options),
            GreenOptions.AsOf.Read(options) ?? ReadAsOf(options.TryGetValue(AsOfBuildProperty, out var built) ? built : null),
            GreenOptions.AllowGlobalProfile.Read(options));

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>), or null.</summary>
    public static string? ReadAsOf(string? text) => IsoDate.IsValid(text?.Trim()) ? text!.Trim() : null;

    /// <summary><c>green_analyzers.allowed_models</c> silences GA1001 and GA1002;
    /// <c>green_analyzers.GA1001.allowed_models</c> silences GA1001 only (and <c>GA1002.allowed_models</c> GA1002 only). Entries match after normalising
    /// inference-profile prefixes and ARNs, so <c>anthropic.claude-opus-4-6-v1</c> also allows <c>us.anthropic.claude-opus-4-6-v1</c>.</summary>
    public bool IsAllowed(string ruleId, ModelReference model)
        => Matches(_allowedForAllRules, model)
            || Matches(ruleId == RuleIds.UseSmallerModel ? _allowedForUseSmallerModel : _allowedForReplaceLegacyModel, model);

    private static bool Matches(ImmutableArray<string> allowed, ModelReference model)
    {
        foreach (var item in allowed)
        {
            if (item == model.Value)
            {
                return true;
            }

            if (ModelReference.Parse(item) is { } entry
                && entry.Shape != ModelReferenceShape.OtherArn
                && model.Shape != ModelReferenceShape.OtherArn
                && (entry.BaseId == model.BaseId || entry.BaseId + entry.Suffix == model.BaseId + model.Suffix))
            {
                return true;
            }
        }

        return false;
    }
}
