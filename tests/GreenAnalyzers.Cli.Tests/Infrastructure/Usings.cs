global using GreenAnalyzers.Cli.Tests.Infrastructure;
global using GreenAnalyzers.Tests.Infrastructure;
