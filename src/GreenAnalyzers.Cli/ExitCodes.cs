namespace GreenAnalyzers.Cli;

/// <summary>What the process returns, for pipelines.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>New findings at or above <c>--fail-on</c>.</summary>
    public const int FindingsFailed = 1;

    /// <summary>Bad input or an environment problem: a missing path, an unrestorable project, a corrupt baseline,
    /// an unknown option, fixes that would not compile.</summary>
    public const int Error = 2;
}

/// <summary>A problem the user can act on: printed as one line, never as a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
