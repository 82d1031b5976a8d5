namespace Corpus.BatchSummarizer;

internal static class Models
{
    // Picked in 2024 when the job was written.
    public const string Summaries = "meta.llama3-1-70b-instruct-v1:0";
    public const string LegacySummaries = "anthropic.claude-instant-v1";
    public static readonly string Headlines = "us.amazon.nova-micro-v1:0";
    public const string Reserved = "anthropic.claude-opus-4-6-v1:200k";
}
