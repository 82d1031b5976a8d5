global using GreenAnalyzers.Tests.Infrastructure;
global using ModelIdVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.ModelIdAnalyzer, GreenAnalyzers.CodeFixes.ReplaceValueCodeFixProvider>;
global using ConverseVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.ConverseRequestAnalyzer, GreenAnalyzers.CodeFixes.ConverseRequestCodeFixProvider>;
global using InstanceVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.InstanceTypeAnalyzer, GreenAnalyzers.CodeFixes.ReplaceValueCodeFixProvider>;
