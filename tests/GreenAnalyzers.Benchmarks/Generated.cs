using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Benchmarks;

/// <summary>Generated code for the benchmarks, and the references it compiles against (the SDK assemblies next to this program).</summary>
internal static class Generated
{
    public static ImmutableArray<MetadataReference> References(bool sdk = true)
    {
        var sdkReferences = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => sdk && Path.GetFileName(f) is var n && (n.StartsWith("AWSSDK.", StringComparison.Ordinal) || n.StartsWith("Microsoft.ML.OnnxRuntime", StringComparison.Ordinal)))
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
        return Basic.Reference.Assemblies.Net100.References.All.Concat(sdkReferences).ToImmutableArray();
    }

    /// <summary>The benchmark's code shapes (issue 21): <c>none</c>, ordinary code without the SDKs referenced;
    /// <c>ordinary</c>, the same code in a project that references them all; <c>sdk</c>, SDK-heavy code (the variant
    /// decides how many files have findings, see <see cref="Variants"/>); <c>pathological</c>, one file of
    /// <see cref="PathologicalFile"/> with the SDKs.</summary>
    public static readonly string[] Shapes = { "none", "ordinary", "sdk", "pathological" };

    /// <summary>The files of a shape, by name (C# files, and the project's <c>appsettings*.json</c>, which the package hands
    /// to the analyzers as AdditionalFiles), and whether the SDKs are referenced.</summary>
    public static (IReadOnlyList<(string Name, string Text)> Files, bool Sdk) Shape(string shape, int n, string variant) => shape switch
    {
        "none" => (Enumerable.Range(0, n).Select(i => ($"Ordinary{i}.cs", OrdinaryFile(i))).Append(("appsettings.json", OrdinarySettings)).ToList(), false),
        "ordinary" => (Enumerable.Range(0, n).Select(i => ($"Ordinary{i}.cs", OrdinaryFile(i))).Append(("appsettings.json", OrdinarySettings)).ToList(), true),
        "sdk" => (Enumerable.Range(0, n).Select(i => ($"Sdk{i}.cs", SdkFile(i, variant))).Append(("appsettings.json", SdkSettings(variant))).Append(("appsettings.Production.json", OrdinarySettings)).ToList(), true),
        "pathological" => (new[] { ("Pathological.cs", PathologicalFile()) }, true),
        _ => throw new ArgumentException($"Unknown shape {shape}; expected {string.Join(", ", Shapes)}"),
    };

    /// <summary>Lines of C#: every line, the last one too though no newline ends it (generate-shape writes the files with
    /// one, so <c>wc -l</c> counts the same).</summary>
    public static int Lines(IEnumerable<(string Name, string Text)> files) => files.Where(f => f.Name.EndsWith(".cs", StringComparison.Ordinal))
        .Sum(f => f.Text.Count(c => c == '\n') + (f.Text.EndsWith('\n') ? 0 : 1));

    /// <summary>A web service's settings: logging, connection strings, feature flags, no model or instance.</summary>
    private const string OrdinarySettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
          "AllowedHosts": "*",
          "ConnectionStrings": { "Orders": "Server=db;Database=orders;User Id=app;", "Cache": "redis:6379" },
          "Features": { "NewCheckout": true, "Discounts": ["gold", "silver", "staff"], "MaxLines": 200 },
          "Smtp": { "Host": "smtp.example.com", "Port": 587, "From": "orders@example.com" }
        }
        """;

    /// <summary>Settings that name models and instance types, as the SDK-heavy code's team would keep them: written the way
    /// the rules ask in the compliant variant, with five findings in the others.</summary>
    private static string SdkSettings(string variant) => variant == "compliant"
        ? """
          {
            "Bedrock": { "ModelId": "amazon.nova-lite-v1:0", "Fallback": "amazon.nova-micro-v1:0", "MaxTokens": 512 },
            "SageMaker": { "Hosting": { "InstanceType": "ml.inf2.xlarge" }, "Training": { "InstanceType": "ml.trn1.2xlarge" } },
            "Workers": { "InstanceType": "m7g.xlarge", "Count": 4 }
          }
          """
        : """
          {
            "Bedrock": { "ModelId": "us.anthropic.claude-opus-4-7", "Fallback": "anthropic.claude-v2", "MaxTokens": 4096 },
            "SageMaker": { "Hosting": { "InstanceType": "ml.g5.xlarge" }, "Training": { "InstanceType": "ml.p3.2xlarge" } },
            "Workers": { "InstanceType": "m5.xlarge", "Count": 4 }
          }
          """;

    /// <summary>Ordinary service code: strings, collections, loops, object creation and assignments, no SDK.</summary>
    public static string PlainFile(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace App.Plain{{i % 20}};
        public sealed class Order{{i}} { public string Id { get; set; } = ""; public decimal Total { get; set; } public List<string> Lines { get; set; } = new(); }
        public static class OrderService{{i}}
        {
            private const string Prefix = "ord-{{i}}";
            public static Order{{i}} Create(int n)
            {
                var order = new Order{{i}} { Id = Prefix + n, Total = n * 1.5m };
                for (var k = 0; k < n; k++) { order.Lines.Add($"line {k}"); }
                order.Total = order.Lines.Count * 2m;
                return order;
            }
            public static IEnumerable<string> Names(IEnumerable<Order{{i}}> orders) => orders.Where(o => o.Total > 10).Select(o => o.Id.ToUpperInvariant());
            public static string Describe(Order{{i}} order) { var parts = new List<string> { order.Id, order.Total.ToString() }; return string.Join(",", parts); }
        }
        """;

    /// <summary>Ordinary application code of the kind that fills most of a project that references the AWS SDK: a
    /// controller, a repository, domain logic (object and collection initializers, LINQ and lambdas, async calls,
    /// string building, switch expressions, loops, exceptions). It calls none of the SDKs, but its own types use the
    /// member names the rules look for (<c>ModelId</c>, <c>InstanceType</c>, <c>MaxTokens</c>, <c>ModelPath</c>), so
    /// an analyzer that matched by name rather than by symbol would do its full work here. About 120 lines.</summary>
    public static string OrdinaryFile(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        namespace App.Orders{{i % 20}};
        public enum OrderState{{i}} { Draft, Placed, Shipped, Cancelled }
        public sealed record OrderLine{{i}}(string Sku, int Quantity, decimal UnitPrice) { public decimal Total => Quantity * UnitPrice; }
        public sealed class Order{{i}}
        {
            public Guid Id { get; init; } = Guid.NewGuid();
            public string Customer { get; set; } = "";
            public string ModelId { get; set; } = "catalog-v{{i % 7}}";
            public string InstanceType { get; set; } = "standard";
            public int MaxTokens { get; set; } = 20;
            public OrderState{{i}} State { get; set; } = OrderState{{i}}.Draft;
            public List<OrderLine{{i}}> Lines { get; } = new();
            public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
        }
        public interface IOrderRepository{{i}}
        {
            Task<Order{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken);
            Task SaveAsync(Order{{i}} order, CancellationToken cancellationToken);
            IEnumerable<Order{{i}}> All();
        }
        public sealed class InMemoryOrderRepository{{i}} : IOrderRepository{{i}}
        {
            private readonly Dictionary<Guid, Order{{i}}> _orders = new();
            private readonly object _gate = new();
            public Task<Order{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken)
            {
                lock (_gate) { return Task.FromResult(_orders.TryGetValue(id, out var order) ? order : null); }
            }
            public Task SaveAsync(Order{{i}} order, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lock (_gate) { _orders[order.Id] = order; }
                return Task.CompletedTask;
            }
            public IEnumerable<Order{{i}}> All() { lock (_gate) { return _orders.Values.ToList(); } }
        }
        public sealed class PricingPolicy{{i}}
        {
            private static readonly IReadOnlyDictionary<string, decimal> Discounts = new Dictionary<string, decimal> { ["gold"] = 0.1m, ["silver"] = 0.05m, ["staff"] = 0.3m };
            public decimal Discount(string tier) => Discounts.TryGetValue(tier, out var d) ? d : 0m;
            public decimal Price(Order{{i}} order, string tier)
            {
                var subtotal = order.Lines.Sum(l => l.Total);
                var shipping = subtotal switch { > 100m => 0m, > 50m => 4.99m, _ => 9.99m };
                return Math.Round(subtotal * (1 - Discount(tier)) + shipping, 2);
            }
        }
        public sealed class OrdersController{{i}}(IOrderRepository{{i}} repository, PricingPolicy{{i}} pricing)
        {
            private const string Prefix = "ord-{{i}}";
            public async Task<string> PlaceAsync(string customer, IReadOnlyList<(string Sku, int Quantity)> items, CancellationToken cancellationToken)
            {
                if (string.IsNullOrWhiteSpace(customer)) { throw new ArgumentException("A customer is required.", nameof(customer)); }
                var order = new Order{{i}} { Customer = customer.Trim(), ModelId = Prefix + "-" + items.Count, InstanceType = "express", MaxTokens = items.Count };
                foreach (var (sku, quantity) in items)
                {
                    if (quantity <= 0) { continue; }
                    order.Lines.Add(new OrderLine{{i}}(sku, quantity, UnitPrice(sku)));
                }
                order.State = order.Lines.Count > 0 ? OrderState{{i}}.Placed : OrderState{{i}}.Draft;
                await repository.SaveAsync(order, cancellationToken);
                return $"{Prefix}-{order.Id:N} {pricing.Price(order, "gold").ToString(CultureInfo.InvariantCulture)}";
            }
            public async Task<bool> CancelAsync(Guid id, CancellationToken cancellationToken)
            {
                var order = await repository.FindAsync(id, cancellationToken);
                if (order is null || order.State is OrderState{{i}}.Shipped or OrderState{{i}}.Cancelled) { return false; }
                order.State = OrderState{{i}}.Cancelled;
                await repository.SaveAsync(order, cancellationToken);
                return true;
            }
            public IReadOnlyList<string> Report(DateTime since)
            {
                var rows = repository.All()
                    .Where(o => o.CreatedAt >= since && o.State != OrderState{{i}}.Draft)
                    .GroupBy(o => o.Customer)
                    .Select(g => new { Customer = g.Key, Count = g.Count(), Total = g.Sum(o => pricing.Price(o, "silver")) })
                    .OrderByDescending(r => r.Total)
                    .ThenBy(r => r.Customer, StringComparer.Ordinal)
                    .ToList();
                var lines = new List<string>(rows.Count + 1) { "customer,count,total" };
                lines.AddRange(rows.Select(r => string.Join(",", r.Customer, r.Count, r.Total.ToString("F2", CultureInfo.InvariantCulture))));
                return lines;
            }
            public string Describe(Order{{i}} order)
            {
                var text = new StringBuilder();
                text.Append(order.Customer).Append(": ").AppendLine(order.State.ToString());
                for (var k = 0; k < order.Lines.Count; k++)
                {
                    var line = order.Lines[k];
                    text.AppendFormat(CultureInfo.InvariantCulture, "{0,3} {1,-12} x{2} = {3:F2}", k + 1, line.Sku, line.Quantity, line.Total).AppendLine();
                }
                return text.ToString();
            }
            private static decimal UnitPrice(string sku) => sku.Length switch { 0 => throw new ArgumentException("Empty SKU"), < 4 => 1.5m, _ => decimal.Parse("2." + sku.Length, CultureInfo.InvariantCulture) };
        }
        public static class OrderValidation{{i}}
        {
            public static IEnumerable<string> Problems(Order{{i}} order)
            {
                if (order.Lines.Count == 0) { yield return "no lines"; }
                foreach (var group in order.Lines.GroupBy(l => l.Sku).Where(g => g.Count() > 1)) { yield return $"duplicate SKU {group.Key}"; }
                if (order.Lines.Any(l => l.UnitPrice < 0)) { yield return "negative price"; }
                string? overflow = null;
                try { _ = checked(order.Lines.Sum(l => l.Quantity)); }
                catch (OverflowException e) { overflow = e.Message; }
                if (overflow is not null) { yield return overflow; }
            }
        }
        """;

    /// <summary>One file of the shapes that break naive analyzers, in an SDK-referencing project: a 10,000-line method,
    /// a 5,000-term string concatenation, lambdas nested 60 deep, and a 10,000-element collection initializer. Each must
    /// cost time linear in its size (and no analyzer may time out the compiler).</summary>
    public static string PathologicalFile()
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("using System; using System.Collections.Generic; using System.Linq;");
        text.AppendLine("namespace App.Pathological;");
        text.AppendLine("public sealed class Item { public string ModelId { get; set; } = \"\"; public int Size { get; set; } }");
        text.AppendLine("public static class Huge");
        text.AppendLine("{");
        text.AppendLine("    public static int LongMethod(int seed)");
        text.AppendLine("    {");
        text.AppendLine("        var total = seed; var items = new List<Item>(); var name = \"\";");
        for (var k = 0; k < 10_000; k++)
        {
            text.AppendLine((k % 4) switch
            {
                0 => $"        total += {k} * (seed % {k % 13 + 1});",
                1 => $"        items.Add(new Item {{ ModelId = \"m{k}\", Size = total % {k % 17 + 1} }});",
                2 => $"        if (total > {k}) {{ name = string.Concat(name.Length > 64 ? \"\" : name, \"{k}\"); }}",
                _ => $"        total = Math.Max(total, items.Count + name.Length + {k});",
            });
        }

        text.AppendLine("        return total;");
        text.AppendLine("    }");
        text.AppendLine("    public static string Concatenation(string x) =>");
        for (var k = 0; k < 5_000; k++)
        {
            text.AppendLine($"        \"part{k}\" + x +");
        }

        text.AppendLine("        \"end\";");
        text.AppendLine("    private static int Apply(Func<int, int> f) => f(1);");
        text.Append("    public static int Nested() => ");
        const int Depth = 60;
        for (var k = 0; k < Depth; k++)
        {
            text.Append($"Apply(a{k} => ");
        }

        text.Append($"a0 + a{Depth - 1}").Append(new string(')', Depth)).AppendLine(";");
        text.AppendLine("    public static readonly List<Item> Table = new()");
        text.AppendLine("    {");
        for (var k = 0; k < 10_000; k++)
        {
            text.AppendLine($"        new Item {{ ModelId = \"row{k}\", Size = {k} }},");
        }

        text.AppendLine("    };");
        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>What both SDK-heavy variants open with: the SDK usings and the service class with its three clients.</summary>
    private static string SdkHeader(int i) => $"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.EC2;
        using Amazon.EC2.Model;
        using Microsoft.ML.OnnxRuntime;
        namespace App.Sdk{i % 20};
        public sealed class Service{i}(IAmazonBedrockRuntime bedrock, IAmazonSageMaker sageMaker, IAmazonEC2 ec2)
        """;

    private static readonly string[] Models = { "us.anthropic.claude-opus-4-7", "anthropic.claude-v2", "amazon.nova-lite-v1:0", "meta.llama3-2-90b-instruct-v1:0", "anthropic.claude-sonnet-4-6" };

    /// <summary>Code that exercises every rule family: Bedrock requests, SageMaker jobs and endpoints, EC2 launches, ONNX sessions.</summary>
    public static string SdkFile(int i) => $$"""
        {{SdkHeader(i)}}
        {
            private const string Model = "{{Models[i % Models.Length]}}";
            public async Task<string> AskAsync(string question)
            {
                var request = new ConverseRequest { ModelId = Model, Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }] };
                var response = await bedrock.ConverseAsync(request);
                return response.Output?.Message?.Content?[0].Text ?? "";
            }
            public Task TrainAsync() => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest { TrainingJobName = "job{{i}}", ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlP32xlarge, InstanceCount = 1 }, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 } });
            public Task DeployAsync() => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { EndpointConfigName = "cfg{{i}}", ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 1 }] });
            public Task LaunchAsync() => ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-{{i}}", InstanceType = InstanceType.M5Xlarge, MinCount = 1, MaxCount = 1 });
            public static float Score(IEnumerable<string> paths)
            {
                var total = 0f;
                foreach (var path in paths)
                {
                    using var session = new InferenceSession("models/model{{i}}.onnx", new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC });
                    total += session.InputNames.Count;
                }
                return total;
            }
        }
        """;

    private static readonly string[] SmallModels = { "amazon.nova-lite-v1:0", "amazon.nova-micro-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0" };

    /// <summary>The same SDK calls as <see cref="SdkFile"/>, written the way the rules ask (a smaller model with bounded
    /// output, spot training on Trainium with the profiler, an Inferentia endpoint with data capture, Graviton, one
    /// quantized session with every graph optimization): what a project pays once its findings are fixed.</summary>
    public static string CompliantSdkFile(int i) => $$"""
        {{SdkHeader(i)}}
        {
            private const string Model = "{{SmallModels[i % SmallModels.Length]}}";
            private static readonly InferenceSession Session = new("models/model{{i}}.int8.onnx", new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL });
            public async Task<string> AskAsync(string question)
            {
                var request = new ConverseRequest { ModelId = Model, InferenceConfig = new InferenceConfiguration { MaxTokens = 512 }, Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }] };
                var response = await bedrock.ConverseAsync(request);
                return response.Output?.Message?.Content?[0].Text ?? "";
            }
            public Task TrainAsync() => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest { TrainingJobName = "job{{i}}", ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlTrn12xlarge, InstanceCount = 1 }, EnableManagedSpotTraining = true, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 7200 }, ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 } });
            public Task DeployAsync() => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg{{i}}",
                ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.inf2.xlarge", InitialInstanceCount = 1 }],
                DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://capture/cfg{{i}}", CaptureOptions = [new CaptureOption { CaptureMode = CaptureMode.Input }, new CaptureOption { CaptureMode = CaptureMode.Output }] },
            });
            public Task LaunchAsync() => ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-{{i}}", InstanceType = InstanceType.M7gXlarge, MinCount = 1, MaxCount = 1 });
            public static float Score(IEnumerable<string> paths)
            {
                var total = 0f;
                foreach (var path in paths)
                {
                    total += Session.InputNames.Count;
                }
                return total;
            }
        }
        """;

    /// <summary>The variants of the SDK-heavy files: <c>findings</c>, every rule fires in every file (a stress case, about
    /// 320 findings per kLOC); <c>typical</c>, <see cref="TypicalFindingsFiles"/> findings files in every
    /// <see cref="TypicalPeriod"/>, the rest compliant (the corpus's density of findings); <c>compliant</c>, no finding.</summary>
    public static readonly string[] Variants = { "findings", "typical", "compliant" };

    /// <summary>The <c>typical</c> variant's mix, chosen so that its findings per kLOC match tests/Corpus, the best data held
    /// on how often the rules fire in SDK-heavy code: 56 findings (its expected.txt files) in 1,108 lines of C# = 50.5 per
    /// kLOC (2026-12-07; build-benchmark.sh prints the current figure). A findings file (<see cref="SdkFile(int)"/>) has 33
    /// lines and 10.6 findings on average (10 rules fire in every file, a model rule for 3 of the 5 models), a compliant one
    /// 38 lines and none. With a share p of findings files, findings per line are 10.6 p / (33 p + 38 (1 - p)), which is
    /// 50.5 per kLOC at p = 38 × 0.0505 / (10.6 + 5 × 0.0505) = 0.177: 3 files in 17 (0.176) give 50.4 per kLOC (one in 6
    /// would give 47.5, one in 5 57.3). File i has findings when i × 3 mod 17 &lt; 3 (files 0, 6 and 12 of every 17, spread
    /// evenly); 17 and the 5 models are coprime, so the findings files cycle through all five models.</summary>
    public const int TypicalFindingsFiles = 3;

    /// <inheritdoc cref="TypicalFindingsFiles"/>
    public const int TypicalPeriod = 17;

    /// <summary>The SDK file of a benchmark variant (<see cref="Variants"/>).</summary>
    public static string SdkFile(int i, string variant) => variant switch
    {
        "findings" => SdkFile(i),
        "typical" => i * TypicalFindingsFiles % TypicalPeriod < TypicalFindingsFiles ? SdkFile(i) : CompliantSdkFile(i),
        "compliant" => CompliantSdkFile(i),
        _ => throw new ArgumentException(UnknownVariant(variant)),
    };

    public static string UnknownVariant(string variant) => $"Unknown variant {variant}; expected {string.Join(", ", Variants)}";
}
