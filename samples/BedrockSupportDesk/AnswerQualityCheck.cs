using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace BedrockSupportDesk;

/// <summary>
/// Once a week, asks candidate models the help centre's top question and has a judge model grade each answer, so the
/// team sees whether a cheaper model would do. Written the way quick internal tools hold their model ids: a list looped
/// over, a field set once, locals.
/// </summary>
public sealed class AnswerQualityCheck(IAmazonBedrockRuntime bedrock)
{
    // The models under test, asked in turn.
    private static readonly string[] Candidates = ["amazon.nova-lite-v1:0", "anthropic.claude-3-5-haiku-20241022-v1:0"];

    // Changed by hand between runs.
    private static string s_judgeModel = "us.anthropic.claude-opus-4-7";

    public async Task<IReadOnlyList<(string Model, string Grade)>> GradeAsync(string question, CancellationToken cancellationToken = default)
    {
        var grades = new List<(string Model, string Grade)>();
        foreach (var modelId in Candidates)
        {
            var answer = await bedrock.ConverseAsync(
                new ConverseRequest
                {
                    ModelId = modelId,
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 300 },
                },
                cancellationToken);

            var grade = await bedrock.ConverseAsync(
                new ConverseRequest
                {
                    ModelId = s_judgeModel,
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = $"Grade this answer to \"{question}\" from 1 to 5, one digit: {Text(answer)}" }] }],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 1 },
                },
                cancellationToken);
            grades.Add((modelId, Text(grade)));
        }

        return grades;
    }

    public async Task<string> SummarizeAsync(IReadOnlyList<(string Model, string Grade)> grades, CancellationToken cancellationToken = default)
    {
        // A long table gets the big model.
        string summaryModel;
        if (grades.Count > 20)
        {
            summaryModel = "meta.llama3-1-405b-instruct-v1:0";
        }
        else
        {
            summaryModel = "amazon.nova-micro-v1:0";
        }

        var response = await bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = summaryModel,
                Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = "Summarise for the team: " + string.Join("; ", grades) }] }],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 200 },
            },
            cancellationToken);
        return Text(response);
    }

    private static string Text(ConverseResponse response) => response.Output?.Message?.Content?.FirstOrDefault()?.Text ?? string.Empty;
}
