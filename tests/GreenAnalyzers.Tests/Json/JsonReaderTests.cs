using GreenAnalyzers.Json;

namespace GreenAnalyzers.Tests.Json;

/// <summary>The analyzers' one JSON reader: what people write in configuration files is read, anything else is an error
/// with its line and column, and no input makes it throw or recurse without bound.</summary>
public sealed class JsonReaderTests
{
    [Test]
    public void ReadsEveryKindWithPositions()
    {
        var value = JsonReader.Parse("{\n  \"a\": [1, -2.5e3, \"x\\n\\u00e9\", true, false, null],\n  \"b\": {}\n}", out var error);

        Assert.That(error, Is.Null);
        var a = value!["a"]!;
        Assert.Multiple(() =>
        {
            Assert.That(value.Kind, Is.EqualTo(JsonKind.Object));
            Assert.That(a.Items.Select(i => i.Kind), Is.EqualTo(new[] { JsonKind.Number, JsonKind.Number, JsonKind.String, JsonKind.True, JsonKind.False, JsonKind.Null }));
            Assert.That(a.Items[1].TryGetDecimal(out var number) ? number : 0, Is.EqualTo(-2500m));
            Assert.That(a.Items[2].AsString, Is.EqualTo("x\né"));
            Assert.That((a.Line, a.Column), Is.EqualTo((2, 8)));
            Assert.That((value["b"]!.Line, value["b"]!.Column), Is.EqualTo((3, 8)));
            Assert.That(value["missing"], Is.Null);
        });
    }

    [Test]
    public void ToleratesBomCommentsAndTrailingCommas()
    {
        var value = JsonReader.Parse("\uFEFF// models\n{ /* one */ \"a\": [1, 2,], // end\n \"b\": 3, }", out var error);

        Assert.That(error, Is.Null);
        Assert.That(value!["a"]!.Items, Has.Count.EqualTo(2));
        Assert.That(value["b"]!.Line, Is.EqualTo(3));
    }

    [Test]
    public void KeepsDuplicateMembersInOrderAndTheLastWins()
    {
        var value = JsonReader.Parse("{\"a\": 1, \"a\": 2}", out _);

        Assert.That(value!.Members.Select(m => m.Key), Is.EqualTo(new[] { "a", "a" }));
        Assert.That(value["a"]!.Text, Is.EqualTo("2"));
    }

    [TestCase("", 1, 1, "unexpected end")]
    [TestCase("{\"a\": }", 1, 7, "expected a value")]
    [TestCase("{\"a\" 1}", 1, 6, "expected ':'")]
    [TestCase("[1 2]", 1, 4, "expected ',' or ']'")]
    [TestCase("{a: 1}", 1, 2, "property name")]
    [TestCase("\n\n  \"abc", 3, 7, "unterminated string")]
    [TestCase("[1] x", 1, 5, "after the end")]
    [TestCase("/* open", 1, 1, "unterminated comment")]
    [TestCase("[\"\\q\"]", 1, 3, "invalid escape")]
    [TestCase("[tru]", 1, 2, "expected a value")]
    public void ErrorsNameLineAndColumn(string text, int line, int column, string message)
    {
        var value = JsonReader.Parse(text, out var error);

        Assert.That(value, Is.Null);
        Assert.That(error, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That((error!.Line, error.Column), Is.EqualTo((line, column)));
            Assert.That(error.Message, Does.Contain(message));
        });
    }

    [Test]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var value = JsonReader.Parse(new string('[', 100_000) + new string(']', 100_000), out var error);

        Assert.That(value, Is.Null);
        Assert.That(error!.Message, Does.Contain("nested deeper than 64"));
    }

    [Test]
    public void OversizedDocumentIsAnError()
    {
        var value = JsonReader.Parse("[" + new string(' ', 2_000) + "]", out var error, maxLength: 1_000);

        Assert.That(value, Is.Null);
        Assert.That(error!.Message, Does.Contain("more than the 1,000 read"));
    }

    [Test]
    public void EveryValueKnowsItsSpan()
    {
        const string text = "\uFEFF{ \"s\": \"a\\\"b\", \"n\": -1.5, \"a\": [true, {}], \"z\": null }";
        var value = JsonReader.Parse(text, out var error)!;
        Assert.That(error, Is.Null);
        string Spanned(JsonValue v) => text.Substring(v.Offset, v.Length);
        Assert.Multiple(() =>
        {
            Assert.That(Spanned(value), Is.EqualTo(text[1..]), "an object from brace to brace");
            Assert.That(Spanned(value["s"]!), Is.EqualTo("\"a\\\"b\""), "a string with its quotes and escapes");
            Assert.That(Spanned(value["n"]!), Is.EqualTo("-1.5"));
            Assert.That(Spanned(value["a"]!), Is.EqualTo("[true, {}]"));
            Assert.That(Spanned(value["a"]!.Items[1]), Is.EqualTo("{}"));
            Assert.That(Spanned(value["z"]!), Is.EqualTo("null"));
        });
    }
}
