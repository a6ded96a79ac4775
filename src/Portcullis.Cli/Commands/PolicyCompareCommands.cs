using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Formats.Diff;
using Portcullis.Policies.Formats.Handlers;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis policy diff</c> and <c>policy compare</c>: what a change does, and how two policy sets relate.</summary>
internal static class PolicyCompareCommands
{
    private const string Dir = "examples/calico-basics";

    public static Command Diff(CommandContext context, HelpExamples examples)
    {
        var command = new Command("diff", "Which connections a change adds and removes: between endpoints both versions have, with endpoints only one has, and with external addresses.");
        var (first, second, resources, format, exitCode, output) = Options(command, "--before", "--after", "The policies before the change", "The policies after it");
        examples.Add(command, $"portcullis policy diff --before {Dir}/policies.yaml --after {Dir}/policies.yaml --after {Dir}/policies-v2.yaml --resources {Dir}/resources.yaml");
        command.SetAction(r => PolicyDiffHandler.Run(
            new(Input(r, first, resources), Input(r, second, resources), r.GetValue(format), r.GetValue(exitCode)),
            context.Error,
            Writer(context, r, output, first, second, resources)));
        return command;
    }

    public static Command Compare(CommandContext context, HelpExamples examples)
    {
        var command = new Command("compare", "Ask how two policy sets over the same endpoints relate: equivalence, strong-equivalence, containment, two-way-containment, permits, forbids or interferes.");
        var (first, second, resources, format, exitCode, output) = Options(command, "--first", "--second", "The first policy set (for permits and forbids, the specification)", "The second policy set (for permits and forbids, the implementation)");
        var query = new Option<string>("--query", "-q") { Description = "What to ask (the default: equivalence).", DefaultValueFactory = _ => "equivalence", HelpName = "QUERY" };
        query.AcceptOnlyFromAmong("equivalence", "strong-equivalence", "containment", "two-way-containment", "permits", "forbids", "interferes");
        command.Options.Add(query);
        examples.Add(command, $"portcullis policy compare --first {Dir}/policies.yaml --second {Dir}/policies.yaml --second {Dir}/policies-v2.yaml --resources {Dir}/resources.yaml --query containment --exit-code");
        command.SetAction(r => PolicyCompareHandler.Run(
            new(Input(r, first, resources), Input(r, second, resources), Enum.Parse<PolicyComparisonQuery>(r.GetValue(query)!.Replace("-", "", StringComparison.Ordinal), ignoreCase: true), r.GetValue(format), r.GetValue(exitCode)),
            context.Error,
            Writer(context, r, output, first, second, resources)));
        return command;
    }

    private static (Option<string[]>, Option<string[]>, Option<string[]>, Option<PolicyDiffFormat>, Option<bool>, Option<FileInfo?>) Options(Command command, string firstName, string secondName, string firstText, string secondText)
    {
        var first = new Option<string[]>(firstName) { Description = $"{firstText}: a policy file or directory; repeat.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE|DIR" };
        var second = new Option<string[]>(secondName) { Description = $"{secondText}; repeat.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE|DIR" };
        var resources = new Option<string[]>("--resources", "-r") { Description = "Pods, workloads, endpoints and namespaces both sides share (kubectl get -o yaml); repeat.", Arity = ArgumentArity.ZeroOrMore, HelpName = "FILE|DIR" };
        var format = FormatOption.Create(PolicyDiffFormat.Txt, "Output format: txt (the default), md, json or csv.");
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when there is a difference (or the answer is not the hoped-for one), for CI." };
        var output = PolicyInputOptions.OutputOption();
        foreach (var option in new Option[] { first, second, resources, format, exitCode, output, PolicyInputOptions.NcaOption() })
        {
            command.Options.Add(option);
        }

        return (first, second, resources, format, exitCode, output);
    }

    private static PolicyInput Input(ParseResult r, Option<string[]> policies, Option<string[]> resources) =>
        new(r.GetValue(policies) ?? [], r.GetValue(resources) ?? [], r.GetValue(r.CommandResult.Command.Options.OfType<Option<bool>>().First(o => o.Name == "--nca")));

    private static Func<Action<TextWriter>, int> Writer(CommandContext context, ParseResult r, Option<FileInfo?> output, params Option<string[]>[] inputs) =>
        write => OutputTarget.Write(context, r.GetValue(output), inputs.SelectMany(i => r.GetValue(i) ?? []).Where(File.Exists).Select(p => new FileInfo(p)), write);
}
