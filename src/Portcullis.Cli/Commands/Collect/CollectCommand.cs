using System.CommandLine;
using Portcullis.Application.Collect;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Collect;

namespace Portcullis.Cli.Commands.Collect;

/// <summary><c>portcullis collect</c>: reads an IBM Cloud account and writes the configuration every command reads.</summary>
internal static class CollectCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "collect",
            "Read an IBM Cloud account through its APIs and write the VPC configuration JSON that every command reads (--config): VPCs with "
            + "address prefixes, subnets, network ACLs, security groups, instances, virtual network interfaces, bare metal servers, endpoint "
            + "gateways, floating IPs, public gateways, load balancers, routing tables, the transit gateways that join them, and IKS/ROKS "
            + "VPC clusters with their workers. The API key comes from " + ApiKeySource.Variable + " or --api-key-file and never appears in output. "
            + "What the key may not read is left out with a warning. Exit code: 0 when the file was written, 2 when nothing was written "
            + "(bad usage, no key, an API failure; the message names the call), 130 on Ctrl+C. See docs/collect.md.");
        var options = new CollectCommandOptions();
        options.AddTo(command);
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
        CommandAction.Set(command, environment, new CollectHandler(), options.Bind);
        return command;
    }
}
