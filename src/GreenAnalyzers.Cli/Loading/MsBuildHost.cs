using Microsoft.Build.Locator;

namespace GreenAnalyzers.Cli.Loading;

/// <summary>Finds the .NET SDK's MSBuild. Registration must happen before any MSBuild or MSBuildWorkspace type is
/// loaded, so the code that uses them lives in other classes and methods, called after <see cref="Register"/>.</summary>
internal static class MsBuildHost
{
    private static readonly Lazy<string> s_dotnet = new(RegisterDefaults);

    /// <summary>Registers the SDK's MSBuild once per process and returns the <c>dotnet</c> executable of that SDK.</summary>
    public static string Register() => s_dotnet.Value;

    private static string RegisterDefaults()
    {
        var instance = MSBuildLocator.IsRegistered
            ? MSBuildLocator.QueryVisualStudioInstances().First()
            : MSBuildLocator.RegisterDefaults();

        // MSBuildPath is <dotnet root>/sdk/<version>/: the dotnet host of that SDK is two levels up.
        var root = Path.GetFullPath(Path.Combine(instance.MSBuildPath, "..", ".."));
        var dotnet = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(dotnet) ? dotnet : "dotnet";
    }
}
