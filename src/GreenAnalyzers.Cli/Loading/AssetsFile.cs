using System.Text.Json;

namespace GreenAnalyzers.Cli.Loading;

/// <summary>
/// What NuGet recorded in a project's <c>obj/project.assets.json</c>: the restore's own errors, so a project whose
/// restore failed is recognised with <c>--no-restore</c> too. Only true errors count: a warning raised to an error
/// (<c>TreatWarningsAsErrors</c> with NU1603) keeps its <c>warningLevel</c> and does not stop the project.
/// </summary>
internal static class AssetsFile
{
    /// <summary>"NU1101: Unable to find package …" for the first restore error, or null (no file, no error, unreadable).</summary>
    public static string? FirstError(string projectPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", "project.assets.json");
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (!document.RootElement.TryGetProperty("logs", out var logs) || logs.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var log in logs.EnumerateArray())
            {
                if (log.TryGetProperty("level", out var level) && level.GetString() == "Error" && !log.TryGetProperty("warningLevel", out _))
                {
                    var code = log.TryGetProperty("code", out var c) ? c.GetString() + ": " : string.Empty;
                    return code + (log.TryGetProperty("message", out var message) ? message.GetString() : "restore error");
                }
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
