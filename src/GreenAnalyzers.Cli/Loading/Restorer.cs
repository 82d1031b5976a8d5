using System.Diagnostics;
using System.Text;

namespace GreenAnalyzers.Cli.Loading;

/// <summary>Runs <c>dotnet restore</c> before loading: a never-restored project loads without its package references
/// and without a warning, so its analysis would silently miss code.</summary>
internal static class Restorer
{
    public static async Task RestoreAsync(string dotnet, Target target, Consoles consoles, CancellationToken cancellationToken)
    {
        foreach (var file in target.Files)
        {
            consoles.Progress($"Restoring {target.Relative(file)} ...");
            var (exitCode, output) = await RunAsync(dotnet, ["restore", file, "-nologo"], cancellationToken);
            if (exitCode != 0)
            {
                throw new CliException($"restore failed for {target.Relative(file)}: {FirstError(output)}");
            }
        }
    }

    /// <summary>"error NU1101: Unable to find package …", without the file path before it and the project after it.</summary>
    internal static string FirstError(string output)
    {
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error ", StringComparison.Ordinal));
        if (line is null)
        {
            return "dotnet restore exited with an error (run it for details).";
        }

        line = line[line.IndexOf("error ", StringComparison.Ordinal)..];
        var project = line.LastIndexOf(" [", StringComparison.Ordinal);
        return project > 0 && line.EndsWith(']') ? line[..project] : line;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // leave no build servers behind the tool

        using var process = Process.Start(start) ?? throw new CliException($"could not start {fileName}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
