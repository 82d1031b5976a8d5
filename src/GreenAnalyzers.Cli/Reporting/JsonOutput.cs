using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>Indented, readable JSON (no \u escapes of quotes or arrows) for the JSON, SARIF and baseline files.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteProperties(this Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>> properties)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in properties)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }
}
