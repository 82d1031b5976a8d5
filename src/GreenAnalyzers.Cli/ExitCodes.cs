namespace GreenAnalyzers.Cli;

/// <summary>What the process returns, for pipelines.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>New findings at or above <c>--fail-on</c>.</summary>
    public const int FindingsFailed = 1;

    /// <summary>Bad input or an environment problem: a missing path, no project that could be analyzed, a corrupt or
    /// unwritable baseline, an unwritable output file, an unknown option, fixes that would not compile.</summary>
    public const int Error = 2;

    /// <summary>A partial result: some projects of the target could not be restored or loaded (one line each on stderr);
    /// the others were analyzed and reported. Takes precedence over <see cref="FindingsFailed"/>: a pipeline must not
    /// read a report that skipped projects as a pass, nor as an ordinary policy failure.</summary>
    public const int Partial = 3;

    /// <summary>Ctrl+C: stopped, nothing written (the shell convention, 128 + SIGINT).</summary>
    public const int Cancelled = 130;
}

/// <summary>A problem the user can act on: printed as one line, never as a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
