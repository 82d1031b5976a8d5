using GreenAnalyzers.Cli.Commands;
using Spectre.Console.Cli;

namespace GreenAnalyzers.Cli;

/// <summary>The <c>green</c> command line: parsing and help by Spectre.Console.Cli; every failure becomes one line on
/// stderr and a non-zero exit code, never a stack trace.</summary>
internal static class GreenApp
{
    public static async Task<int> RunAsync(string[] args, Consoles consoles, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("green");
            config.SetApplicationVersion(Reporting.Report.ToolVersion);
            config.ConfigureConsole(consoles.Terminal);
            config.PropagateExceptions();
            config.CancellationExitCode(ExitCodes.Cancelled);
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(consoles);
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Run the GreenAnalyzers rules over a solution or project: findings by rule, counts, and the catalog's unit list prices side by side.")
                .WithExample("analyze", "MyService.sln")
                .WithExample("analyze", "src/MyService", "--format", "markdown", "--output", "green.md")
                .WithExample("analyze", "MyService.sln", "--baseline", "green-baseline.json", "--fail-on", "warning");
            config.AddCommand<FixCommand>("fix")
                .WithDescription("Apply the GreenAnalyzers code fixes (Fix All, solution scope) and check that the code still compiles.")
                .WithExample("fix", "MyService.sln")
                .WithExample("fix", "MyService.sln", "--diagnostics", "GA1001,GA1002");
        });

        try
        {
            return await app.RunAsync(args, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            consoles.Fail("cancelled; no report or baseline was written, no file was changed.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            consoles.Fail(OneLine(exception));
            return ExitCodes.Error;
        }
    }

    /// <summary>The first line of the message: parse errors and <see cref="CliException"/>s are written for users; anything
    /// else names its type, so a bug is still reportable.</summary>
    private static string OneLine(Exception exception)
    {
        // Spectre wraps what an option's converter throws ("Failed to convert 'html' to ReportFormat."): ours says more.
        if (exception.InnerException is CliException inner)
        {
            exception = inner;
        }

        var message = exception.Message.Split('\n', 2)[0].Trim();
        return exception is CliException or CommandAppException or OperationCanceledException
            ? message
            : $"{exception.GetType().Name}: {message}";
    }
}
