using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>nacl-split-subnet</c> and <c>sg-split-subnet</c>: a rule whose source or destination covers part of a subnet
/// of its VPC but not all of it, so endpoints of that subnet are treated differently. Syntactic: every rule of every
/// table counts, attached or not, shadowed or not.
/// </summary>
internal sealed class SplitSubnetLinter : Linter
{
    private readonly LayerKind _layer;

    private SplitSubnetLinter(LayerKind layer, string name, string title, string description, bool enabledByDefault)
        : base(name, title, description, layer == LayerKind.NetworkAcl ? Severity.Warning : Severity.Note, enabledByDefault) =>
        _layer = layer;

    /// <summary>The network ACL variant (on by default).</summary>
    public static SplitSubnetLinter NetworkAcls() => new(
        LayerKind.NetworkAcl,
        "nacl-split-subnet",
        "Network ACLs implying different connectivity for endpoints inside a subnet",
        "A network ACL rule whose source or destination covers part of a subnet but not all of it: endpoints of that subnet get "
        + "different connectivity, so subnet-level reports can only show what holds for all of them.",
        enabledByDefault: true);

    /// <summary>The security group variant (off by default: groups are per endpoint, and remote groups often pick some addresses of a subnet on purpose).</summary>
    public static SplitSubnetLinter SecurityGroups() => new(
        LayerKind.SecurityGroup,
        "sg-split-subnet",
        "Security groups implying different connectivity for endpoints inside a subnet",
        "A security group rule whose remote or local addresses (a remote group means its members) cover part of a subnet but not "
        + "all of it. Off by default: remote groups commonly select some endpoints of a subnet on purpose.",
        enabledByDefault: false);

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            var subnets = new SubnetIndex(vpc);
            if (_layer == LayerKind.NetworkAcl)
            {
                foreach (var acl in vpc.Acls)
                {
                    foreach (var rule in acl.Rules)
                    {
                        if (subnets.Split(rule.Source.ToAddressSet(), rule.Destination.ToAddressSet()) is { Count: > 0 } split)
                        {
                            yield return Describe(vpc, LintSubject.Of(acl, rule, vpc), split);
                        }
                    }
                }
            }
            else
            {
                foreach (var group in vpc.SecurityGroups)
                {
                    foreach (var rule in group.Rules)
                    {
                        var remote = vpc.RemoteAddresses(rule.Remote);
                        var local = rule.HasLocal ? rule.Local.ToAddressSet() : IpAddressSet.AllIPv4;
                        if (subnets.Split(remote, local) is { Count: > 0 } split)
                        {
                            yield return Describe(vpc, LintSubject.Of(group, rule, vpc), split);
                        }
                    }
                }
            }
        }
    }

    private SplitSubnetFinding Describe(VpcNetwork vpc, LintSubject rule, List<Subnet> subnets) =>
        new(Name, Severity, rule, [.. subnets])
        {
            Subjects = [rule, .. subnets.Select(s => LintSubject.Of(s, vpc))],
        };

    /// <summary>A VPC's subnets sorted by address, to find the ones a block overlaps without testing them all.</summary>
    private sealed class SubnetIndex
    {
        private readonly (UInt128 First, UInt128 Last, int Order, Subnet Subnet, IpAddressSet Addresses)[] _subnets;
        private readonly UInt128[] _reach; // the largest last address among the subnets up to each index

        public SubnetIndex(VpcNetwork vpc)
        {
            _subnets = [.. vpc.Subnets.Select((s, i) => (s.Subnet.Cidr.First.Value, s.Subnet.Cidr.Last.Value, i, s.Subnet, s.Addresses)).OrderBy(s => s.Item1)];
            _reach = new UInt128[_subnets.Length];
            for (var i = 0; i < _subnets.Length; i++)
            {
                _reach[i] = i == 0 ? _subnets[i].Last : UInt128.Max(_reach[i - 1], _subnets[i].Last);
            }
        }

        /// <summary>The subnets (in configuration order) that one of the blocks overlaps without containing.</summary>
        public List<Subnet> Split(IpAddressSet first, IpAddressSet second)
        {
            var split = new SortedDictionary<int, Subnet>();
            foreach (var block in new[] { first, second })
            {
                foreach (var (start, end) in block.Ranges)
                {
                    // Subnets starting at or before the range's end, going back while one of them may still reach its start.
                    for (var i = UpperBound(end.Value) - 1; i >= 0 && _reach[i] >= start.Value; i--)
                    {
                        var subnet = _subnets[i];
                        if (subnet.Last >= start.Value && !subnet.Addresses.IsSubsetOf(block))
                        {
                            split.TryAdd(subnet.Order, subnet.Subnet);
                        }
                    }
                }
            }

            return [.. split.Values];
        }

        private int UpperBound(UInt128 value)
        {
            int lo = 0, hi = _subnets.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_subnets[mid].First <= value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
