namespace GreenAnalyzers.Descriptors;

/// <summary>One category per lever of sustainable generative-AI engineering, so teams can tune a lever at once
/// (<c>dotnet_analyzer_diagnostic.category-ModelSelection.severity = error</c>).</summary>
internal static class RuleCategory
{
    public const string ModelSelection = "ModelSelection";
    public const string Customization = "Customization";
    public const string EfficientSilicon = "EfficientSilicon";
    public const string EfficientInference = "EfficientInference";
    public const string Monitoring = "Monitoring";
    public const string Policy = "Policy";
}
