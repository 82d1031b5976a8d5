using System.Text.Json;
using Json.Schema;

namespace GreenAnalyzers.Cli.Tests.Infrastructure;

/// <summary>The OASIS SARIF 2.1.0 schema shipped with the tests (see Sarif/README.md), validated offline.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-2.1.0.json")));

    /// <summary>Every schema error as "location: message"; empty when the log is valid.</summary>
    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
                .ToList();
    }
}
