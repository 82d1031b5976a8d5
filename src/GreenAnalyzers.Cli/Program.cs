using GreenAnalyzers.Cli;

return await GreenApp.RunAsync(args, Consoles.FromSystem());
