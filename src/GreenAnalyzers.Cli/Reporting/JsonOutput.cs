using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GreenAnalyzers.Cli.Baselines;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>Indented, readable JSON (no \u escapes of quotes or arrows) for the JSON, SARIF and baseline files.</summary>
internal static class JsonOutput
{
    // The writer's options, not the serializer's, decide indentation and escaping when serializing to a Utf8JsonWriter.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(TextWriter writer, T document, JsonTypeInfo<T> type)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            JsonSerializer.Serialize(json, document, type);
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}

/// <summary>The documents green writes, serialized by source-generated code: camelCase names, absent members left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
[JsonSerializable(typeof(JsonReport))]
[JsonSerializable(typeof(BaselineFile))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
