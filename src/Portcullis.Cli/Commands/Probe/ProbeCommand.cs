using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Probe;
using Portcullis.Cli.Infrastructure;
using Portcullis.Probing.Formats;

namespace Portcullis.Cli.Commands.Probe;

/// <summary>
/// <c>portcullis probe</c>: verifies openings live, as the documentation's curl steps do (name, TCP connect, TLS
/// handshake, HTTP answer), through the environment's proxy, and exits 1 when one is blocked.
/// </summary>
internal static class ProbeCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "probe",
            "Verify network openings live from this machine, as the documentation's curl steps do: resolve the name, connect over TCP "
            + "(through the HTTPS_PROXY with CONNECT, unless NO_PROXY names the host), complete the TLS handshake and judge the certificate, "
            + "send the HTTP request and check the status and body. Each target is open, degraded (it works, but the certificate is not "
            + "trusted and was accepted with --insecure) or blocked (with the step that failed and why). Exit code: 0 when nothing is blocked "
            + "(degraded targets are reported on standard error; --strict makes them fail), 1 when a target is blocked, 2 for bad input. "
            + "--format json writes the schema '" + ProbeReportWriter.JsonSchema + "' (see the examples).");
        var options = new ProbeCommandOptions();
        options.AddTo(command);
        examples.Add(command,
            "portcullis probe -t https://us.icr.io/api/v1/messages --expect-status 200,204",
            "portcullis probe -t https://containers.cloud.ibm.com/global/v1/versions --expect-json kubernetes",
            "portcullis probe -t https://cloud.ibm.com/ -t us.icr.io:443 -t dns://private.us.icr.io --detail",
            "portcullis probe -t https://c100.us-south.containers.cloud.ibm.com:31234/version --insecure --expect-json gitVersion",
            "portcullis probe -t tls://c100.us-south.containers.cloud.ibm.com:30245 --insecure   # the etcd port for calicoctl",
            "portcullis probe --targets openings.yaml --format json --output probe.json",
            "HTTPS_PROXY=http://proxy.example.com:3128 NO_PROXY=.internal portcullis probe --targets openings.yaml --timeout 3s",
            "",
            "A targets file (YAML or JSON):",
            "  targets:",
            "    - name: registry",
            "      purpose: ibmcloud cr",
            "      url: https://us.icr.io/api/v1/messages",
            "      expect: { status: [200, 204] }",
            "    - host: c100.us-south.containers.cloud.ibm.com",
            "      port: 30245",
            "      check: tls",
            "      insecure: true",
            "",
            "JSON output: {\"schema\": \"" + ProbeReportWriter.JsonSchema + "\", \"summary\": {targets, open, degraded, blocked}, \"results\": [{name, purpose, host, port,",
            "  check, url, insecure, status, failure: {step, reason, message} or null, warnings, proxy, elapsed_ms, dns, tcp, tls, http}]}");
        CommandAction.Set(command, environment, new ProbeHandler(), options.Bind);
        return command;
    }
}
