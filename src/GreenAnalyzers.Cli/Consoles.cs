using Spectre.Console;

namespace GreenAnalyzers.Cli;

/// <summary>Where the tool writes: the report on <see cref="Out"/> (plain text for machine formats,
/// <see cref="Terminal"/> for the table), progress, warnings and errors on <see cref="Error"/>, so a report
/// piped to a file stays clean.</summary>
internal sealed record Consoles(TextWriter Out, IAnsiConsole Terminal, IAnsiConsole Error, bool Quiet = false)
{
    /// <summary>Output to a file or a pipe is not wrapped (Spectre would assume 80 columns): one finding, one line, as a
    /// compiler prints it, for logs and pasting.</summary>
    public const int RedirectedWidth = 1000;

    public static Consoles FromSystem()
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            terminal.Profile.Width = RedirectedWidth;
        }

        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            error.Profile.Width = RedirectedWidth;
        }

        return new Consoles(Console.Out, terminal, error);
    }

    /// <summary>A plain, uncoloured console over a writer: for --output files and tests.</summary>
    public static IAnsiConsole Plain(TextWriter writer, int width = RedirectedWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }

    public void Progress(string message)
    {
        if (!Quiet)
        {
            Error.MarkupLineInterpolated($"[grey]{message}[/]");
        }
    }

    /// <summary>Runs a command on these consoles (quiet if asked); the last progress line says how long it took.</summary>
    public async Task<int> RunTimedAsync(bool quiet, Func<Consoles, Task<int>> run)
    {
        var console = this with { Quiet = quiet };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var exitCode = await run(console);
        console.Progress($"Finished in {Duration(clock.Elapsed)}.");
        return exitCode;
    }

    /// <summary>"8.4 s", "2 min 05 s".</summary>
    public static string Duration(TimeSpan elapsed)
        => elapsed.TotalMinutes >= 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");

    public void Warning(string message) => Error.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    public void Fail(string message) => Error.MarkupLineInterpolated($"[red]error:[/] {message}");
}
