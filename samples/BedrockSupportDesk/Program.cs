using Amazon.Bedrock;
using Amazon.BedrockRuntime;
using BedrockSupportDesk;

// A tiny command line around the service: `route`, `draft`, `policy` or `digest`.
using var runtime = new AmazonBedrockRuntimeClient();
var command = args.FirstOrDefault() ?? "route";
var text = string.Join(' ', args.Skip(1));

switch (command)
{
    case "route":
        Console.WriteLine(await new TicketTriage(runtime).RouteAsync(text));
        break;
    case "draft":
        Console.WriteLine(await new ReplyDrafter(runtime).DraftAsync(text, Environment.GetEnvironmentVariable("REPLY_MODEL_ID")));
        break;
    case "policy":
        Console.WriteLine(await new PolicyAssistant(runtime).AnswerAsync(text));
        break;
    case "digest":
        using (var control = new AmazonBedrockClient())
        {
            var digest = new NightlyDigest(control, Environment.GetEnvironmentVariable("DIGEST_ROLE_ARN") ?? "", "support-digests");
            Console.WriteLine(await digest.SubmitAsync(DateOnly.FromDateTime(DateTime.UtcNow)));
        }

        break;
    default:
        Console.Error.WriteLine("usage: BedrockSupportDesk route|draft|policy|digest <text>");
        return 2;
}

return 0;
