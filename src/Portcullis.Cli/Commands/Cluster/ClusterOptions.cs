using System.Collections.Immutable;
using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Requirements;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary>The options the cluster commands (and workstation and probe) share, created fresh for each command.</summary>
internal static class ClusterOptions
{
    /// <summary>The <c>--cluster</c> option: the cluster description file.</summary>
    public static Option<FileInfo> Description() => new("--cluster", "-C")
    {
        Description = "The cluster description (cluster.yaml, written by 'portcullis cluster init'; JSON accepted).",
        DefaultValueFactory = _ => new FileInfo("cluster.yaml"),
        HelpName = "FILE",
    };

    /// <summary>The <c>--era</c> option: a catalog instead of the one the version selects.</summary>
    public static Option<string?> Era() => new("--era")
    {
        Description = "Check against this era's requirements instead of the one the cluster's version selects: vpc-2020, acl-sg-minimums or secure-by-default.",
        HelpName = "ERA",
        Validators =
        {
            result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && !EraNames.TryParse(text, out _))
                {
                    result.AddError($"Unknown era '{text}'. Use one of: {string.Join(", ", Enum.GetValues<DocumentationEra>().Select(EraNames.Name))}.");
                }
            },
        },
    };

    /// <summary>The cluster's <c>--config</c> option: configuration files instead of those the description lists.</summary>
    public static Option<FileInfo[]> Config() => new("--config", "-c")
    {
        Description = "VPC configuration file(s) (collector JSON, 'terraform show -json' of a state or plan, 'ibmcloud is' exports), instead of the vpcConfigs the cluster description lists; '-' reads one from standard input.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
        HelpName = "FILE",
    };

    /// <summary>The <c>--output</c> option of check, fix and allowlist.</summary>
    public static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Write the result to FILE instead of standard output (never over an input file).",
        HelpName = "FILE",
    };

    /// <summary>The era <paramref name="option"/> names, if any.</summary>
    public static DocumentationEra? ReadEra(ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text && EraNames.TryParse(text, out var era) ? era : null;

    /// <summary>The description file, as the user wrote it.</summary>
    public static string ReadDescription(ParseResult result, Option<FileInfo> option) => result.GetValue(option)!.ToString();

    /// <summary>The configuration files, as the user wrote them.</summary>
    public static ImmutableArray<string> ReadConfigs(ParseResult result, Option<FileInfo[]> option) => CommonOptions.Paths(result, option);
}
