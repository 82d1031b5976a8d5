// Prints the GreenAnalyzers results of a SARIF 2.1 log, one per line: file(line,col): level id: message.
// The build log shows only warnings and errors; Info rules (IDE suggestions) are in the SARIF log too.
// Usage: dotnet run samples/findings.cs -- <log.sarif> [root to strip from paths]
using System.Text.Json;

var log = JsonDocument.Parse(File.ReadAllText(args[0]));
var root = args.Length > 1 ? new Uri(Path.GetFullPath(args[1]) + "/").AbsoluteUri : "";
var lines = new SortedSet<string>(StringComparer.Ordinal);
foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
{
    foreach (var result in run.GetProperty("results").EnumerateArray())
    {
        var id = result.GetProperty("ruleId").GetString()!;
        if (!id.StartsWith("GA", StringComparison.Ordinal))
        {
            continue;
        }

        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        var region = location.GetProperty("region");
        var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
        lines.Add($"{uri.Replace(root, "")}({region.GetProperty("startLine")},{region.GetProperty("startColumn")}): "
            + $"{(level == "note" ? "info" : level)} {id}: {result.GetProperty("message").GetProperty("text").GetString()}");
    }
}

Console.WriteLine(lines.Count == 0 ? "GreenAnalyzers found nothing to improve." : $"GreenAnalyzers findings ({lines.Count}):");
foreach (var line in lines)
{
    Console.WriteLine(line);
}
