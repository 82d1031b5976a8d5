using Amazon.BedrockRuntime;
using Microsoft.Extensions.AI;

namespace Corpus.SupportChat;

/// <summary>Retrieval: embeds articles once at start-up and answers nearest-neighbour queries.</summary>
public sealed class KnowledgeBase
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly List<(string Article, float[] Vector)> _index = new();

    public KnowledgeBase(IAmazonBedrockRuntime bedrock)
    {
        // Titan v1: 1,536 dimensions, fixed. (v2 offers 256/512/1024.)
        _embeddings = bedrock.AsIEmbeddingGenerator("amazon.titan-embed-text-v1");
    }

    public async Task IndexAsync(IEnumerable<string> articles, CancellationToken cancellationToken)
    {
        var batch = articles.ToList();
        var vectors = await _embeddings.GenerateAsync(batch, cancellationToken: cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            _index.Add((batch[i], vectors[i].Vector.ToArray()));
        }
    }

    public async Task<IReadOnlyList<string>> SearchAsync(string question, int count, CancellationToken cancellationToken)
    {
        var query = (await _embeddings.GenerateAsync(new[] { question }, cancellationToken: cancellationToken))[0].Vector.ToArray();
        return _index
            .OrderByDescending(entry => Dot(entry.Vector, query))
            .Take(count)
            .Select(entry => entry.Article)
            .ToList();
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
