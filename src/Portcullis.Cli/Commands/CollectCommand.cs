using System.CommandLine;
using System.CommandLine.Parsing;
using Portcullis.Cli.Infrastructure;
using Portcullis.Collect;
using Portcullis.Core.Probing;
using Spectre.Console;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis collect</c>: reads an IBM Cloud account and writes the configuration every command reads.</summary>
internal static class CollectCommand
{
    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "collect",
            "Read an IBM Cloud account through its APIs and write the VPC configuration JSON that every command reads (--config): VPCs with "
            + "address prefixes, subnets, network ACLs, security groups, instances, virtual network interfaces, bare metal servers, endpoint "
            + "gateways, floating IPs, public gateways, load balancers, routing tables, the transit gateways that join them, and IKS/ROKS "
            + "VPC clusters with their workers. The API key comes from IBMCLOUD_API_KEY or --api-key-file and never appears in output. "
            + "What the key may not read is left out with a warning. Exit code: 0 when the file was written, 2 when nothing was written "
            + "(bad usage, no key, an API failure; the message names the call), 130 on Ctrl+C. See docs/collect.md.");
        var region = new Option<string[]>("--region") { Description = "Read this region (repeat for several); default: every VPC region of the account.", HelpName = "REGION", Arity = ArgumentArity.OneOrMore };
        var group = new Option<string?>("--resource-group") { Description = "Read only the VPCs of this resource group (name or id), with everything in them.", HelpName = "GROUP" };
        var vpc = new Option<string[]>("--vpc") { Description = "Read only this VPC (name, id or CRN), with everything in it; repeat for several.", HelpName = "NAME", Arity = ArgumentArity.OneOrMore };
        var keyFile = new Option<FileInfo?>("--api-key-file") { Description = $"Read the API key from FILE (the key alone, or the JSON 'ibmcloud iam api-key-create NAME --file FILE' writes) instead of {CollectRequest.ApiKeyVariable}.", HelpName = "FILE" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Write the configuration to FILE, atomically (a reader never sees half a file).", HelpName = "FILE", DefaultValueFactory = _ => new FileInfo(CollectRequest.DefaultOutput) };
        var iam = new Option<string?>("--iam-url") { Description = $"IAM base URL; tokens are requested at /identity/token below it (default: {IbmCloudEndpoints.DefaultIam}).", HelpName = "URL" };
        var vpcUrl = new Option<string?>("--vpc-url") { Description = $"VPC API base URL, {IbmCloudEndpoints.RegionPlaceholder} standing for the region (default: {IbmCloudEndpoints.DefaultVpc}).", HelpName = "URL" };
        var transit = new Option<string?>("--transit-url") { Description = $"Transit Gateway API base URL (default: {IbmCloudEndpoints.DefaultTransit}).", HelpName = "URL" };
        var containers = new Option<string?>("--containers-url") { Description = $"Kubernetes Service API base URL (default: {IbmCloudEndpoints.DefaultContainers}).", HelpName = "URL" };
        var timeout = new Option<TimeSpan?>("--timeout") { Description = $"Time each API call may take, such as 10s (default: {ProbeDuration.Format(CollectorSettings.DefaultTimeout)}).", HelpName = "DURATION", CustomParser = ParseDuration };
        var overall = new Option<TimeSpan?>("--overall-timeout") { Description = $"Time the whole collection may take, waits included (default: {ProbeDuration.Format(CollectorSettings.DefaultOverallTimeout)}).", HelpName = "DURATION", CustomParser = ParseDuration };
        var concurrency = new Option<int>("--concurrency") { Description = $"API calls in flight at once (1-{CollectorSettings.MaxConcurrency}).", HelpName = "N", DefaultValueFactory = _ => CollectorSettings.DefaultConcurrency };
        var retries = new Option<int>("--retries") { Description = $"Retries of a call after a 429, a 5xx, a timeout or a broken connection (0-{CollectHandler.MaxRetries}).", HelpName = "N", DefaultValueFactory = _ => CollectorSettings.DefaultRetries };
        var apiVersion = new Option<string>("--api-version") { Description = "The VPC API version date to ask for.", HelpName = "DATE", DefaultValueFactory = _ => CollectorSettings.DefaultVpcApiVersion };
        foreach (var option in new Option[] { region, group, vpc, keyFile, output, iam, vpcUrl, transit, containers, timeout, overall, concurrency, retries, apiVersion })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "export IBMCLOUD_API_KEY=...   # or: ibmcloud iam api-key-create portcullis --file key.json",
            "portcullis collect --output vpc.json && portcullis report endpoints --config vpc.json",
            "portcullis collect --api-key-file key.json --region us-south --region eu-de --output vpc.json",
            "portcullis collect --vpc iks-prod-vpc --output prod.json",
            "portcullis collect --resource-group prod --output prod.json",
            "portcullis collect --vpc-url https://{region}.private.iaas.cloud.ibm.com/v1 --iam-url https://private.iam.cloud.ibm.com \\",
            "    --transit-url https://private.transit.cloud.ibm.com/v1 --containers-url https://private.containers.cloud.ibm.com/global",
            "",
            "The file holds the manifest (time, regions, API version, counts, what was left out) under \"" + CollectManifest.Key + "\".");
        command.SetAction(async (result, cancellationToken) =>
        {
            var request = new CollectRequest
            {
                Regions = [.. result.GetValue(region) ?? []],
                ResourceGroup = result.GetValue(group),
                Vpcs = [.. result.GetValue(vpc) ?? []],
                ApiKeyFile = result.GetValue(keyFile)?.ToString(),
                Output = result.GetValue(output)!.ToString(),
                IamUrl = result.GetValue(iam),
                VpcUrl = result.GetValue(vpcUrl),
                TransitUrl = result.GetValue(transit),
                ContainersUrl = result.GetValue(containers),
                Timeout = result.GetValue(timeout) ?? CollectorSettings.DefaultTimeout,
                OverallTimeout = result.GetValue(overall) ?? CollectorSettings.DefaultOverallTimeout,
                Concurrency = result.GetValue(concurrency),
                Retries = result.GetValue(retries),
                VpcApiVersion = result.GetValue(apiVersion)!,
            };
            var console = new CollectConsole(context.Output, context.Error, Environment.GetEnvironmentVariable, TimeProvider.System, Terminal(context));
            return await CollectHandler.RunAsync(request, console, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>A console on standard error for the live progress when it is a terminal; otherwise (redirected, or in tests) none, and the run is quiet.</summary>
    private static IAnsiConsole? Terminal(CommandContext context)
    {
        if (!ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Profile.Capabilities.Interactive ? console : null;
    }

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
