namespace GreenAnalyzers.Options;

/// <summary>Options of the ONNX rules for one file (<see cref="GreenOptions"/>).</summary>
internal sealed class OnnxOptions
{
    private readonly ImmutableArray<string> _excludedModels;

    private OnnxOptions(ImmutableArray<string> excludedModels) => _excludedModels = excludedModels;

    public static OnnxOptions Read(AnalyzerConfigOptions options)
        => new(GreenOptions.ExcludedModels.Read(options));

    /// <summary><c>green_analyzers.GA4001.excluded_models</c>: file names (a path in the list counts by its file name),
    /// compared without regard to case, since model files travel between file systems.</summary>
    public bool IsExcluded(string fileName)
    {
        foreach (var entry in _excludedModels)
        {
            if (string.Equals(ModelPath.FileName(entry), fileName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
