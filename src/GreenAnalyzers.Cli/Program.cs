using GreenAnalyzers.Cli;

// Ctrl+C cancels the run (nothing half-written, exit code 130); a second Ctrl+C ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

return await GreenApp.RunAsync(args, Consoles.FromSystem(), cancellation.Token);
