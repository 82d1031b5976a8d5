using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Corpus.OnnxInference;

/// <summary>Scores ticket sentiment with an ONNX model shipped next to the service.</summary>
public sealed class SentimentModel : IDisposable
{
    private const string ModelPath = "models/sentiment.onnx";
    private readonly InferenceSession _session;

    public SentimentModel()
    {
        var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC, IntraOpNumThreads = 2 };
        _session = new InferenceSession(ModelPath, options);
    }

    public float Score(long[] tokens)
    {
        var input = new DenseTensor<long>(tokens, new[] { 1, tokens.Length });
        using var results = _session.Run(new[] { NamedOnnxValue.CreateFromTensor("input_ids", input) });
        return results.First().AsTensor<float>()[0];
    }

    public static float[] ScoreAll(IEnumerable<long[]> batch)
    {
        var scores = new List<float>();
        foreach (var tokens in batch)
        {
            using var session = new InferenceSession(@"models/sentiment.int8.onnx");
            var input = new DenseTensor<long>(tokens, new[] { 1, tokens.Length });
            using var results = session.Run(new[] { NamedOnnxValue.CreateFromTensor("input_ids", input) });
            scores.Add(results.First().AsTensor<float>()[0]);
        }

        return scores.ToArray();
    }

    public void Dispose() => _session.Dispose();
}
