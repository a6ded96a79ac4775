using System.CommandLine;
using System.CommandLine.Parsing;
using Portcullis.Application.Collect;
using Portcullis.Cli.Infrastructure;
using Portcullis.Collect;
using Portcullis.Probing;

namespace Portcullis.Cli.Commands.Collect;

/// <summary>The options of <c>portcullis collect</c>, and the options record they make.</summary>
internal sealed class CollectCommandOptions
{
    public Option<string[]> Region { get; } = new("--region") { Description = "Read this region (repeat for several); default: every VPC region of the account.", HelpName = "REGION", Arity = ArgumentArity.OneOrMore };

    public Option<string?> ResourceGroup { get; } = new("--resource-group") { Description = "Read only the VPCs of this resource group (name or id), with everything in them.", HelpName = "GROUP" };

    public Option<string[]> Vpc { get; } = new("--vpc") { Description = "Read only this VPC (name, id or CRN), with everything in it; repeat for several.", HelpName = "NAME", Arity = ArgumentArity.OneOrMore };

    public Option<FileInfo?> ApiKeyFile { get; } = new("--api-key-file")
    {
        Description = $"Read the API key from FILE (the key alone, or the JSON 'ibmcloud iam api-key-create NAME --file FILE' writes) instead of {ApiKeySource.Variable}.",
        HelpName = "FILE",
    };

    public Option<FileInfo> Output { get; } = new("--output", "-o")
    {
        Description = "Write the configuration to FILE, atomically (a reader never sees half a file).",
        HelpName = "FILE",
        DefaultValueFactory = _ => new FileInfo(CollectOptions.DefaultOutput),
    };

    public Option<string?> IamUrl { get; } = new("--iam-url") { Description = $"IAM base URL; tokens are requested at /identity/token below it (default: {IbmCloudEndpoints.DefaultIam}).", HelpName = "URL" };

    public Option<string?> VpcUrl { get; } = new("--vpc-url") { Description = $"VPC API base URL, {IbmCloudEndpoints.RegionPlaceholder} standing for the region (default: {IbmCloudEndpoints.DefaultVpc}).", HelpName = "URL" };

    public Option<string?> TransitUrl { get; } = new("--transit-url") { Description = $"Transit Gateway API base URL (default: {IbmCloudEndpoints.DefaultTransit}).", HelpName = "URL" };

    public Option<string?> ContainersUrl { get; } = new("--containers-url") { Description = $"Kubernetes Service API base URL (default: {IbmCloudEndpoints.DefaultContainers}).", HelpName = "URL" };

    // Durations have no DefaultValueFactory so that --help shows the defaults as they are written (30s, 15m).
    public Option<TimeSpan?> Timeout { get; } = new("--timeout")
    {
        Description = $"Time each API call may take, such as 10s (default: {ProbeDuration.Format(CollectorSettings.DefaultTimeout)}).",
        HelpName = "DURATION",
        CustomParser = ParseDuration,
    };

    public Option<TimeSpan?> OverallTimeout { get; } = new("--overall-timeout")
    {
        Description = $"Time the whole collection may take, waits included (default: {ProbeDuration.Format(CollectorSettings.DefaultOverallTimeout)}).",
        HelpName = "DURATION",
        CustomParser = ParseDuration,
    };

    public Option<int> Concurrency { get; } = new("--concurrency") { Description = $"API calls in flight at once (1-{CollectorSettings.MaxConcurrency}).", HelpName = "N", DefaultValueFactory = _ => CollectorSettings.DefaultConcurrency };

    public Option<int> Retries { get; } = new("--retries")
    {
        Description = $"Retries of a call after a 429, a 5xx, a timeout or a broken connection (0-{CollectOptions.MaxRetries}).",
        HelpName = "N",
        DefaultValueFactory = _ => CollectorSettings.DefaultRetries,
    };

    public Option<string> ApiVersion { get; } = new("--api-version") { Description = "The VPC API version date to ask for.", HelpName = "DATE", DefaultValueFactory = _ => CollectorSettings.DefaultVpcApiVersion };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Region, ResourceGroup, Vpc, ApiKeyFile, Output, IamUrl, VpcUrl, TransitUrl, ContainersUrl, Timeout, OverallTimeout, Concurrency, Retries, ApiVersion })
        {
            command.Options.Add(option);
        }
    }

    public CollectOptions Bind(ParseResult result) => new()
    {
        Regions = [.. result.GetValue(Region) ?? []],
        ResourceGroup = result.GetValue(ResourceGroup),
        Vpcs = [.. result.GetValue(Vpc) ?? []],
        ApiKeyFile = CommonOptions.Path(result, ApiKeyFile),
        Output = result.GetValue(Output)!.ToString(),
        IamUrl = result.GetValue(IamUrl),
        VpcUrl = result.GetValue(VpcUrl),
        TransitUrl = result.GetValue(TransitUrl),
        ContainersUrl = result.GetValue(ContainersUrl),
        Timeout = result.GetValue(Timeout) ?? CollectorSettings.DefaultTimeout,
        OverallTimeout = result.GetValue(OverallTimeout) ?? CollectorSettings.DefaultOverallTimeout,
        Concurrency = result.GetValue(Concurrency),
        Retries = result.GetValue(Retries),
        VpcApiVersion = result.GetValue(ApiVersion)!,
    };

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (ProbeDuration.TryParse(text, out var duration, out var error))
        {
            return duration;
        }

        result.AddError(error);
        return default;
    }
}
