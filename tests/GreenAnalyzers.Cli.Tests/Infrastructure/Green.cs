using GreenAnalyzers.Cli;

namespace GreenAnalyzers.Cli.Tests.Infrastructure;

/// <summary>Runs the <c>green</c> command line in this process, capturing stdout and stderr as plain text.</summary>
internal static class Green
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <summary>Runs it with a token: cancelling it is what Ctrl+C does to the tool.</summary>
    public static async Task<Result> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var consoles = new Consoles(output, Consoles.Plain(output), Consoles.Plain(error));
        var exitCode = await GreenApp.RunAsync(args, consoles, cancellationToken);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
