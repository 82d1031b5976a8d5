// Prints the GreenAnalyzers results of a SARIF 2.1.0 log, one per line: file(line,col): level id: message.
// Make the log with `dotnet build -p:ErrorLog=green.sarif%2Cversion=2.1`. The build output shows only warnings and
// errors; Info findings (IDE suggestions) are in the log too. Results the code suppresses (#pragma warning disable,
// [SuppressMessage]) are in the log with a "suppressions" entry, and are not findings: they are left out. A file built
// for several target frameworks is listed once.
// Usage, from the repository root: dotnet run samples/findings.cs -- <log.sarif> [root to strip from paths]
// It needs no package: the samples' local feed (samples/Directory.Build.props) is not asked for.
#:property RestoreAdditionalProjectSources=$(NoAdditionalSources)
using System.Text.Json;

if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: dotnet run samples/findings.cs -- <log.sarif> [root to strip from paths]");
    return 2;
}

using var log = JsonDocument.Parse(File.ReadAllText(args[0]));
var root = args.Length > 1 ? new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(args[1])) + "/").AbsoluteUri : "";
var lines = new SortedSet<string>(StringComparer.Ordinal);
foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
{
    foreach (var result in run.GetProperty("results").EnumerateArray())
    {
        var id = result.GetProperty("ruleId").GetString()!;
        if (!id.StartsWith("GA", StringComparison.Ordinal)
            || result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
        {
            continue;
        }

        var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
        var where = "";
        if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out var location))
        {
            var uri = Uri.UnescapeDataString(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            var file = root.Length > 0 && uri.StartsWith(Uri.UnescapeDataString(root), StringComparison.Ordinal) ? uri[Uri.UnescapeDataString(root).Length..] : uri;
            where = location.TryGetProperty("region", out var region)
                ? $"{file}({region.GetProperty("startLine")},{region.GetProperty("startColumn")}): "
                : $"{file}: ";
        }

        lines.Add($"{where}{(level == "note" ? "info" : level)} {id}: {result.GetProperty("message").GetProperty("text").GetString()}");
    }
}

Console.WriteLine(lines.Count == 0 ? "GreenAnalyzers found nothing to improve." : $"GreenAnalyzers findings ({lines.Count}):");
foreach (var line in lines)
{
    Console.WriteLine(line);
}

return 0;
