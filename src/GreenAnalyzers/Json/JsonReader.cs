using System.Text;

namespace GreenAnalyzers.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>One JSON value with where it starts (1-based line and column), so a rule can name the row it rejects.
/// Objects keep their members in file order, duplicates included: the reader does not decide which one wins.</summary>
internal sealed class JsonValue
{
    private static readonly List<KeyValuePair<string, JsonValue>> s_noMembers = new();
    private static readonly List<JsonValue> s_noItems = new();

    public JsonValue(JsonKind kind, int line, int column, string? text = null, List<KeyValuePair<string, JsonValue>>? members = null, List<JsonValue>? items = null)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
        Members = members ?? s_noMembers;
        Items = items ?? s_noItems;
    }

    public JsonKind Kind { get; }

    /// <summary>Offset of the value's first character in the text (a string's opening quote), and its length: the
    /// token with its quotes, or the whole object or array. A finding on the value is located by them.</summary>
    public int Offset { get; internal set; }

    public int Length { get; internal set; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>A string's value (escapes decoded) or a number's text as written; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>An object's members in file order (empty for other kinds).</summary>
    public List<KeyValuePair<string, JsonValue>> Members { get; }

    /// <summary>An array's items (empty for other kinds).</summary>
    public List<JsonValue> Items { get; }

    /// <summary>The last member of that name (as most JSON readers do), or null.</summary>
    public JsonValue? this[string name]
    {
        get
        {
            JsonValue? found = null;
            foreach (var member in Members)
            {
                if (member.Key == name)
                {
                    found = member.Value;
                }
            }

            return found;
        }
    }

    public string? AsString => Kind == JsonKind.String ? Text : null;

    public bool TryGetDecimal(out decimal value)
    {
        value = 0;
        return Kind == JsonKind.Number && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public bool? AsBoolean => Kind switch { JsonKind.True => true, JsonKind.False => false, _ => null };
}

/// <summary>Why a document could not be read, and where.</summary>
internal sealed record JsonError(string Message, int Line, int Column)
{
    public override string ToString() => $"line {Line.ToString(CultureInfo.InvariantCulture)}, column {Column.ToString(CultureInfo.InvariantCulture)}: {Message}";
}

/// <summary>
/// The one JSON reader of the analyzers (an analyzer package ships no dependencies). Tolerant of what people write in
/// configuration files: a byte-order mark, <c>//</c> and <c>/* */</c> comments, trailing commas. Never throws and never
/// recurses without bound: a document longer than <c>maxLength</c> characters or nested deeper than <c>maxDepth</c> is an
/// error, like any syntax error, reported with its line and column.
/// </summary>
internal static class JsonReader
{
    public const int DefaultMaxLength = 4 * 1024 * 1024;
    public const int DefaultMaxDepth = 64;

    public static JsonValue? Parse(string text, out JsonError? error, int maxLength = DefaultMaxLength, int maxDepth = DefaultMaxDepth)
    {
        if (text.Length > maxLength)
        {
            error = new JsonError($"the file has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the {maxLength.ToString("N0", CultureInfo.InvariantCulture)} read", 1, 1);
            return null;
        }

        var parser = new Parser(text, maxDepth);
        var value = parser.ParseDocument();
        error = parser.Error;
        return error is null ? value : null;
    }

    private sealed class Parser
    {
        private readonly string _text;
        private readonly int _maxDepth;
        private int _position;
        private int _line = 1;
        private int _lineStart;

        public Parser(string text, int maxDepth)
        {
            _text = text;
            _maxDepth = maxDepth;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                _position = 1;
                _lineStart = 1;
            }
        }

        public JsonError? Error { get; private set; }

        public JsonValue? ParseDocument()
        {
            var value = ParseValue(0);
            if (value is not null && SkipTrivia() && _position < _text.Length)
            {
                Fail("unexpected text after the end of the document");
            }

            return Error is null ? value : null;
        }

        private JsonValue? ParseValue(int depth)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("unexpected end of the document, expected a value");
            }

            var line = _line;
            var column = _position - _lineStart + 1;
            var start = _position;
            var value = ParseValueAt(depth, line, column);
            if (value is not null)
            {
                value.Offset = start;
                value.Length = _position - start;
            }

            return value;
        }

        private JsonValue? ParseValueAt(int depth, int line, int column)
        {
            switch (_text[_position])
            {
                case '{':
                    return depth >= _maxDepth ? Fail("nested deeper than " + _maxDepth.ToString(CultureInfo.InvariantCulture) + " levels") : ParseObject(depth, line, column);
                case '[':
                    return depth >= _maxDepth ? Fail("nested deeper than " + _maxDepth.ToString(CultureInfo.InvariantCulture) + " levels") : ParseArray(depth, line, column);
                case '"':
                    return ParseString() is { } s ? new JsonValue(JsonKind.String, line, column, s) : null;
                case 't':
                    return Keyword("true", JsonKind.True, line, column);
                case 'f':
                    return Keyword("false", JsonKind.False, line, column);
                case 'n':
                    return Keyword("null", JsonKind.Null, line, column);
                default:
                    return ParseNumber(line, column);
            }
        }

        private JsonValue? ParseObject(int depth, int line, int column)
        {
            _position++; // {
            var members = new List<KeyValuePair<string, JsonValue>>();
            while (true)
            {
                if (!SkipTrivia())
                {
                    return null;
                }

                if (_position < _text.Length && _text[_position] == '}')
                {
                    _position++;
                    return new JsonValue(JsonKind.Object, line, column, members: members);
                }

                if (_position >= _text.Length || _text[_position] != '"')
                {
                    return Fail("expected a property name in double quotes or '}'");
                }

                var name = ParseString();
                if (name is null || !SkipTrivia())
                {
                    return null;
                }

                if (_position >= _text.Length || _text[_position] != ':')
                {
                    return Fail("expected ':' after the property name");
                }

                _position++;
                var value = ParseValue(depth + 1);
                if (value is null)
                {
                    return null;
                }

                members.Add(new KeyValuePair<string, JsonValue>(name, value));
                if (!SeparatorOrEnd('}'))
                {
                    return null;
                }
            }
        }

        private JsonValue? ParseArray(int depth, int line, int column)
        {
            _position++; // [
            var items = new List<JsonValue>();
            while (true)
            {
                if (!SkipTrivia())
                {
                    return null;
                }

                if (_position < _text.Length && _text[_position] == ']')
                {
                    _position++;
                    return new JsonValue(JsonKind.Array, line, column, items: items);
                }

                var value = ParseValue(depth + 1);
                if (value is null)
                {
                    return null;
                }

                items.Add(value);
                if (!SeparatorOrEnd(']'))
                {
                    return null;
                }
            }
        }

        /// <summary>After a member or item: a comma (a trailing one is tolerated) or, without one, the closing bracket.</summary>
        private bool SeparatorOrEnd(char close)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                return true;
            }

            if (_position < _text.Length && _text[_position] == close)
            {
                return true;
            }

            Fail($"expected ',' or '{close}'");
            return false;
        }

        private string? ParseString()
        {
            _position++; // opening quote
            var builder = new StringBuilder();
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c is '\n' or '\r')
                {
                    _position--;
                    break;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    break;
                }

                var escape = _text[_position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u' when _position + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position -= 2; // at the backslash
                        Fail("invalid escape sequence in a string");
                        return null;
                }
            }

            Fail("unterminated string");
            return null;
        }

        private JsonValue? ParseNumber(int line, int column)
        {
            var start = _position;
            while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
            {
                _position++;
            }

            var text = _text.Substring(start, _position - start);
            if (text.Length == 0 || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                _position = start;
                return Fail("expected a value (object, array, string, number, true, false or null)");
            }

            return new JsonValue(JsonKind.Number, line, column, text);
        }

        private JsonValue? Keyword(string word, JsonKind kind, int line, int column)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                return Fail("expected a value (object, array, string, number, true, false or null)");
            }

            _position += word.Length;
            return new JsonValue(kind, line, column);
        }

        /// <summary>Skips white space and comments; false (with the error set) for an unterminated block comment.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '\n')
                {
                    _position++;
                    _line++;
                    _lineStart = _position;
                }
                else if (c is ' ' or '\t' or '\r')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    while (_position < _text.Length && _text[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        Fail("unterminated comment");
                        return false;
                    }

                    for (; _position < end + 2; _position++)
                    {
                        if (_text[_position] == '\n')
                        {
                            _line++;
                            _lineStart = _position + 1;
                        }
                    }
                }
                else
                {
                    break;
                }
            }

            return true;
        }

        private JsonValue? Fail(string message)
        {
            Error ??= new JsonError(message, _line, _position - _lineStart + 1);
            return null;
        }
    }
}
