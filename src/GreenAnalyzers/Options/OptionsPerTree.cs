using System.Collections.Concurrent;

namespace GreenAnalyzers.Options;

/// <summary>A rule group's options, read once per syntax tree: a tree's options do not change within a compilation,
/// and the operation callbacks that need them run many times per tree, in parallel.</summary>
internal sealed class OptionsPerTree<T>
{
    private readonly ConcurrentDictionary<SyntaxTree, T> _byTree = new();
    private readonly Func<SyntaxTree, T> _read;

    public OptionsPerTree(AnalyzerConfigOptionsProvider provider, Func<AnalyzerConfigOptions, T> read)
        => _read = tree => read(provider.GetOptions(tree));

    public T For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _read);
}
