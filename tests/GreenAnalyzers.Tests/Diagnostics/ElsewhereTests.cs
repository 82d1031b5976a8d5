using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAnalyzers.Tests.Diagnostics;

/// <summary><see cref="Elsewhere"/>, where findings away from their sink wait for their member's operation block action:
/// what one member holds is taken once, and taking it never loses another member's (the count that lets a member with
/// nothing held skip the lookup stays right). Race found by review, 2026-12-08.</summary>
public sealed class ElsewhereTests
{
    private static readonly Diagnostic s_finding = Diagnostic.Create(new DiagnosticDescriptor("X0001", "t", "m", "c", DiagnosticSeverity.Warning, true), Location.None);

    private static (IOperation M, IOperation N) TwoMembers()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { } void N() { } }");
        var compilation = CSharpCompilation.Create("x", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var model = compilation.GetSemanticModel(tree);
        var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToArray();
        return (model.GetOperation(methods[0])!, model.GetOperation(methods[1])!);
    }

    [Test]
    public void WhatAMemberHoldsIsTakenOnce()
    {
        var (m, n) = TwoMembers();
        var elsewhere = new Elsewhere();
        elsewhere.Add(m, s_finding);
        elsewhere.Add(m, s_finding);
        Assert.Multiple(() =>
        {
            Assert.That(elsewhere.Take(n), Is.Null, "the other member holds nothing");
            Assert.That(elsewhere.Take(m), Has.Length.EqualTo(2));
            Assert.That(elsewhere.Take(m), Is.Null, "taken already");
        });
    }

    [Test]
    public void TwoTakesOfOneMemberAtOnceLoseNoOtherMembersFinding()
    {
        var (m, n) = TwoMembers();
        var lost = 0;
        var takenTwice = 0;
        for (var round = 0; round < 20000; round++)
        {
            var elsewhere = new Elsewhere();
            elsewhere.Add(n, s_finding);
            elsewhere.Add(m, s_finding);
            using var barrier = new Barrier(2);
            var first = Task.Run(() => { barrier.SignalAndWait(); return elsewhere.Take(m); });
            var second = Task.Run(() => { barrier.SignalAndWait(); return elsewhere.Take(m); });
            Task.WaitAll(first, second);
            takenTwice += first.Result is not null && second.Result is not null ? 1 : 0;
            lost += elsewhere.Take(n) is null ? 1 : 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(lost, Is.Zero, "rounds where the other member's finding was lost");
            Assert.That(takenTwice, Is.Zero, "rounds where both took the member's findings");
        });
    }
}
