using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Corpus.ShelfVision;

/// <summary>Finds empty shelf slots in store camera frames.</summary>
public sealed class ShelfScanner : IDisposable
{
    private static readonly ConcurrentDictionary<string, InferenceSession> s_classifiers = new();

    private readonly InferenceSession _detector;
    private readonly InferenceSession _glare;
    private readonly InferenceSession _restock;
    private readonly string _labelerPath;

    public ShelfScanner()
    {
        var detectorPath = Path.Combine(AppContext.BaseDirectory, "models", "shelf-detector.onnx"); // GA4001
        _detector = new InferenceSession(detectorPath, new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL });
        _labelerPath = Path.Combine(AppContext.BaseDirectory, "models", "price-labels.int8.onnx");

        // A 180 KB glare classifier and a gradient-boosted restock forest: quantization has nothing to gain. Not flagged.
        _glare = new InferenceSession("models/glare-check.onnx");
        _restock = new InferenceSession(Path.Combine(AppContext.BaseDirectory, "models", "restock-forest.onnx"));
    }

    public int CountEmptySlots(float[] frame)
    {
        using var results = _detector.Run([NamedOnnxValue.CreateFromTensor("images", Frame(frame))]);
        return results.First().AsTensor<float>().Count(score => score > 0.5f);
    }

    /// <summary>Re-checks every aisle with its own model; each session dies with its iteration.</summary>
    public Dictionary<string, float> CheckAisles(IReadOnlyDictionary<string, float[]> framesByAisle)
    {
        var scores = new Dictionary<string, float>();
        foreach (var (aisle, frame) in framesByAisle)
        {
            using var session = new InferenceSession($"models/aisle-{aisle}.onnx"); // GA4002
            scores[aisle] = Score(session, frame);
        }

        return scores;
    }

    /// <summary>Reads one price label: a session per call, never disposed.</summary>
    public float ReadPrice(float[] crop)
    {
        var session = new InferenceSession(_labelerPath); // GA4003: a reload and a leak per call
        var results = session.Run([NamedOnnxValue.CreateFromTensor("crop", Frame(crop))]);
        return results.First().AsTensor<float>()[0];
    }

    /// <summary>One cached session per category: created once, kept for the process. Not flagged.</summary>
    public float Classify(string category, float[] crop)
    {
        var session = s_classifiers.GetOrAdd(category, c => new InferenceSession($"models/{c}.int8.onnx"));
        return Score(session, crop);
    }

    /// <summary>The sessions for the nightly planogram check, opened once and handed back. Not flagged.</summary>
    public static List<InferenceSession> OpenAll(IEnumerable<string> modelPaths)
    {
        var sessions = new List<InferenceSession>();
        foreach (var path in modelPaths)
        {
            sessions.Add(new InferenceSession(path));
        }

        return sessions;
    }

    public bool HasGlare(float[] frame) => Score(_glare, frame) > 0.5f;

    public float RestockUrgency(float[] features) => Score(_restock, features);

    public void Dispose()
    {
        _detector.Dispose();
        _glare.Dispose();
        _restock.Dispose();
    }

    private static float Score(InferenceSession session, float[] frame)
    {
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("images", Frame(frame))]);
        return results.First().AsTensor<float>()[0];
    }

    private static DenseTensor<float> Frame(float[] pixels) => new(pixels, [1, pixels.Length]);
}
