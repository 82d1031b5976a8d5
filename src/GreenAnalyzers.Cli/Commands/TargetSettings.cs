using System.ComponentModel;
using GreenAnalyzers.Cli.Loading;
using Spectre.Console.Cli;

namespace GreenAnalyzers.Cli.Commands;

/// <summary>What both commands take: the code to work on and how to load it.</summary>
internal class TargetSettings : CommandSettings
{
    [CommandArgument(0, "[path]")]
    [Description("A .sln, .slnx or .csproj file, or a folder holding one (or projects below it). Default: the current folder.")]
    public string Path { get; set; } = ".";

    [CommandOption("--no-restore")]
    [Description("Do not run `dotnet restore` first (the projects must be restored already).")]
    public bool NoRestore { get; set; }

    [CommandOption("--as-of <DATE>")]
    [Description("The date model lifecycle is judged at (yyyy-MM-dd), as <GreenAnalyzersAsOf> in a build. Default: the project's, today's date.")]
    public string? AsOf { get; set; }

    [CommandOption("-q|--quiet")]
    [Description("No progress messages on stderr.")]
    public bool Quiet { get; set; }

    /// <summary>Resolves, restores and loads the target. Registers MSBuild first: the loader's types come after it.</summary>
    public async Task<LoadedWorkspace> LoadAsync(Consoles consoles, CancellationToken cancellationToken)
    {
        if (AsOf is not null && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            throw new CliException($"--as-of '{AsOf}' is not a date in the form yyyy-MM-dd.");
        }

        var target = Target.Resolve(Path);
        var dotnet = MsBuildHost.Register();
        var restoreFailures = NoRestore
            ? new Dictionary<string, string>()
            : await Restorer.RestoreAsync(dotnet, target, consoles, cancellationToken);

        return await WorkspaceLoader.LoadAsync(target, consoles, restoreFailures, AsOf, cancellationToken);
    }
}
