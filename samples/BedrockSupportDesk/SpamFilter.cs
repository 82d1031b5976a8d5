using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace BedrockSupportDesk;

/// <summary>
/// Screens incoming tickets with a small ONNX text classifier before any Bedrock model is called, so spam never costs
/// a token. The model files ship in models/ and are copied next to the binary.
/// </summary>
public sealed class SpamFilter : IDisposable
{
    /// <summary>The classifier as exported from training.</summary>
    private const string ModelFile = "models/spam-filter.onnx";

    private readonly InferenceSession _session = new(ModelFile, new SessionOptions
    {
        IntraOpNumThreads = 1,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC, // set while debugging a fusion issue
    });

    public bool IsSpam(float[] features)
    {
        using var results = _session.Run(Inputs(features));
        return results.First().AsTensor<float>()[0] > 0.5f;
    }

    /// <summary>Scores one ticket for the admin page.</summary>
    public static float ScoreOnce(float[] features)
    {
        using var session = new InferenceSession(ModelFile);
        using var results = session.Run(Inputs(features));
        return results.First().AsTensor<float>()[0];
    }

    /// <summary>Scores the backlog when the filter is retrained.</summary>
    public static List<float> ScoreBacklog(IEnumerable<float[]> backlog)
    {
        var scores = new List<float>();
        foreach (var features in backlog)
        {
            using var session = new InferenceSession(ModelFile);
            using var results = session.Run(Inputs(features));
            scores.Add(results.First().AsTensor<float>()[0]);
        }

        return scores;
    }

    public void Dispose() => _session.Dispose();

    private static IReadOnlyCollection<NamedOnnxValue> Inputs(float[] features)
        => [NamedOnnxValue.CreateFromTensor("features", new DenseTensor<float>(features, new[] { 1, features.Length }))];
}
