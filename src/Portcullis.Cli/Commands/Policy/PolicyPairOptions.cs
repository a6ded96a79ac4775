using System.CommandLine;
using Portcullis.Application.Policies;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Cli.Commands.Policy;

/// <summary>The options of the commands that read two policy sets over shared resources (diff, compare).</summary>
internal sealed class PolicyPairOptions
{
    /// <summary>Adds the options, the two sets named <paramref name="firstName"/> and <paramref name="secondName"/>.</summary>
    public PolicyPairOptions(Command command, string firstName, string secondName, string firstText, string secondText)
    {
        First = new Option<string[]>(firstName) { Description = $"{firstText}: a policy file or directory; repeat.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE|DIR" };
        Second = new Option<string[]>(secondName) { Description = $"{secondText}; repeat.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE|DIR" };
        foreach (var option in new Option[] { First, Second, Resources, Format, ExitCode, Output, Nca })
        {
            command.Options.Add(option);
        }
    }

    public Option<string[]> First { get; }

    public Option<string[]> Second { get; }

    public Option<string[]> Resources { get; } = new("--resources", "-r")
    {
        Description = "Pods, workloads, endpoints and namespaces both sides share (kubectl get -o yaml); repeat.",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "FILE|DIR",
    };

    public Option<PolicyDiffFormat> Format { get; } = FormatOption.Create(PolicyDiffWriter.Formats);

    public Option<bool> ExitCode { get; } = new("--exit-code") { Description = "Exit with 1 when there is a difference (or the answer is not the hoped-for one), for CI." };

    public Option<FileInfo?> Output { get; } = PolicyInputOptions.OutputOption();

    public Option<bool> Nca { get; } = PolicyInputOptions.NcaOption();

    /// <summary>The first set with the shared resources.</summary>
    public PolicyInput ReadFirst(ParseResult result) => Read(result, First);

    /// <summary>The second set with the shared resources.</summary>
    public PolicyInput ReadSecond(ParseResult result) => Read(result, Second);

    private PolicyInput Read(ParseResult result, Option<string[]> policies) => new()
    {
        Policies = PolicyInputOptions.Paths(result, policies),
        Resources = PolicyInputOptions.Paths(result, Resources),
        Nca = result.GetValue(Nca),
    };
}
