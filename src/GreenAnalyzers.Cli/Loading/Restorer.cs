using System.Diagnostics;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace GreenAnalyzers.Cli.Loading;

/// <summary>Runs <c>dotnet restore</c> before loading: a never-restored project loads without its package references
/// and without a warning, so its analysis would silently miss code. A project that fails to restore is reported and
/// left out; the others go on. Warnings never fail the restore here (a project's <c>TreatWarningsAsErrors</c> would
/// turn NU1603 into an error): the build decides what a warning means, not the analysis.</summary>
internal static partial class Restorer
{
    /// <summary>The projects whose restore failed, by full path, with the first error; a failure no project is named in
    /// is a warning (loading will tell whether it matters).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RestoreAsync(string dotnet, Target target, Consoles consoles, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<string, string>(PathComparer);
        foreach (var file in target.Files)
        {
            consoles.Progress($"Restoring {target.Show(file)} ...");
            if (await RestoreAsync(dotnet, file, failures, cancellationToken))
            {
                continue;
            }

            // One project MSBuild cannot evaluate stops the restore of the whole solution: restore the others.
            if (target.Solution is not null && failures.Count > 0)
            {
                await RestoreOthersAsync(dotnet, target, file, failures, consoles, cancellationToken);
            }
            else if (failures.Count == 0)
            {
                consoles.Warning($"dotnet restore failed for {target.Show(file)}; loading it anyway.");
            }
        }

        return failures;
    }

    /// <summary>Restores the projects of <paramref name="solution"/> that have not failed yet together, through a
    /// temporary solution beside it (one restore of 100 projects takes seconds, 100 restores minutes), again without
    /// each project that stops it as long as each round names a new one; one by one if a round names none.</summary>
    private static async Task RestoreOthersAsync(
        string dotnet, Target target, string solution, Dictionary<string, string> failures, Consoles consoles, CancellationToken cancellationToken)
    {
        var projects = await ProjectsOfAsync(dotnet, solution, cancellationToken);
        var directory = Path.GetDirectoryName(solution)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileNameWithoutExtension(solution)}.green-restore.{Environment.ProcessId}.slnx");
        try
        {
            var failed = -1;
            while (failures.Count > failed && Others() is { Count: > 0 } others)
            {
                consoles.Progress($"Restoring the other {others.Count} project{(others.Count == 1 ? string.Empty : "s")} ...");
                failed = failures.Count;
                File.WriteAllText(temporary, "<Solution>\n" + string.Concat(others.Select(p => $"  <Project Path=\"{SecurityElement.Escape(Path.GetRelativePath(directory, p))}\" />\n")) + "</Solution>\n");
                if (await RestoreAsync(dotnet, temporary, failures, cancellationToken))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only folder: no temporary solution there, so one by one.
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Never created.
            }
        }

        foreach (var project in Others())
        {
            consoles.Progress($"Restoring {target.Show(project)} ...");
            await RestoreAsync(dotnet, project, failures, cancellationToken);
        }

        List<string> Others() => projects.Where(p => !failures.ContainsKey(p)).ToList();
    }

    /// <summary>Restores one file; records the projects whose restore failed. True when the restore succeeded.</summary>
    private static async Task<bool> RestoreAsync(string dotnet, string file, Dictionary<string, string> failures, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(
            dotnet,
            ["restore", file, "-nologo", "-p:TreatWarningsAsErrors=false", "-p:MSBuildTreatWarningsAsErrors=false", "-p:WarningsAsErrors="],
            Path.GetDirectoryName(file)!,
            cancellationToken);
        foreach (var (project, message) in Errors(output).Where(e => e.Project is not null))
        {
            failures.TryAdd(project!, "restore failed: " + message);
        }

        return exitCode == 0;
    }

    /// <summary>The projects of a .sln or .slnx, as <c>dotnet sln list</c> gives them, by full path.</summary>
    private static async Task<IReadOnlyList<string>> ProjectsOfAsync(string dotnet, string solution, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(solution)!;
        var (exitCode, output) = await RunAsync(dotnet, ["sln", solution, "list"], directory, cancellationToken);
        return exitCode != 0
            ? []
            : output.Split('\n').Select(l => l.Trim()).Where(IsProject).Select(l => Path.GetFullPath(l, directory)).ToList();
    }

    public static StringComparer PathComparer { get; } = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The errors of a restore log, each with the project it names (the file it points at, or the project in
    /// brackets after it) and "NU1101: Unable to find package …".</summary>
    internal static IEnumerable<(string? Project, string Message)> Errors(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var match = ErrorLine().Match(line.Trim());
            if (!match.Success)
            {
                continue;
            }

            var file = match.Groups["file"].Value.Trim();
            var bracketed = match.Groups["project"].Value.Trim();
            var project = IsProject(file) ? file : IsProject(bracketed) ? bracketed : null;
            yield return (project is null ? null : Path.GetFullPath(project), $"{match.Groups["code"].Value}: {match.Groups["message"].Value.Trim()}");
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

    private static bool IsProject(string path) => path.EndsWith("proj", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<file>.*?)(\(\d+(,\d+)*\))?\s*:\s*error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(\s+\[(?<project>[^\]]*)\])?$")]
    private static partial Regex ErrorLine();

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // leave no build servers behind the tool

        using var process = Process.Start(start) ?? throw new CliException($"could not start {fileName}.");
        try
        {
            var output = new StringBuilder();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            output.Append(await stdout).Append(await stderr);
            return (process.ExitCode, output.ToString());
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the restore stops with the tool.
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
