using Portcullis.Core.Addresses;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Model;

namespace Portcullis.Application.Policies;

public sealed partial class PolicyExplainHandler
{
    /// <summary>Finds what a side names: an address or CIDR, <c>namespace/pod</c>, <c>namespace/workload</c>, or a name unique among host endpoints, pods and workloads.</summary>
    internal static bool TryResolve(PolicyConfiguration configuration, string text, out PolicyPeer peer, out string problem)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(text);
        peer = PolicyPeer.Of(IpAddressSet.Empty);
        problem = "";
        if (IpPrefix.TryParse(text.Trim(), out var prefix))
        {
            peer = PolicyPeer.Of(AddressFamilies.ToSet(prefix));
            return true;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var (ns, name) = slash < 0 ? ((string?)null, text) : (text[..slash], text[(slash + 1)..]);
        var candidates = configuration.Endpoints.Where(e => (ns is null || e.Namespace == ns) && e.Name == name).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. configuration.Endpoints.Where(e => (ns is null || e.Namespace == ns) && e.Owner?.Name == name)];
        }

        if (candidates.Count == 0)
        {
            problem = $"'{SafeText.Of(text)}' is no address, CIDR, endpoint or workload of the input; name pods and workloads as namespace/name";
            return false;
        }

        if (ns is null && candidates.Select(c => c.Namespace).Distinct().Count() > 1)
        {
            problem = $"'{SafeText.Of(text)}' is in several namespaces ({string.Join(", ", candidates.Select(c => c.Namespace).Distinct())}); write namespace/name";
            return false;
        }

        peer = PolicyPeer.Of(candidates[0]);
        return true;
    }
}
