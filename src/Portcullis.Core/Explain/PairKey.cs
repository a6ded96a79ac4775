using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>
/// What makes two pair explanations say the same thing about the same endpoint: everything but the external block
/// they name. Explanations with equal keys merge into one whose external side lists every block.
/// </summary>
internal sealed class PairKey : IEquatable<PairKey>
{
    private readonly object?[] _atoms;
    private readonly int _hash;

    private PairKey(List<object?> atoms)
    {
        _atoms = [.. atoms];
        var hash = new HashCode();
        foreach (var atom in _atoms)
        {
            hash.Add(atom);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The key of <paramref name="pair"/>, whose side inside the VPCs is <paramref name="internalSide"/>.</summary>
    public static PairKey Of(PairExplanation pair, Endpoint internalSide)
    {
        var atoms = new List<object?>
        {
            pair.Source.IsExternal, internalSide, pair.Source.ExternalKind ?? pair.Destination.ExternalKind,
            pair.Connection, pair.ResponseBlocked, pair.Blocked, pair.Router,
        };
        if (!pair.Source.IsExternal && !pair.Destination.IsExternal)
        {
            atoms.Add(pair.Source.Nodes[0]); // internal pairs never merge
            atoms.Add(pair.Destination.Nodes[0]);
        }

        foreach (var verdicts in new[] { pair.Egress, pair.Ingress, pair.ResponseEgress, pair.ResponseIngress })
        {
            atoms.Add(verdicts.Length);
            foreach (var verdict in verdicts)
            {
                atoms.AddRange([verdict.Acl, verdict.SecurityGroup, verdict.Effect, verdict.Rules.Length]);
                atoms.AddRange(verdict.Rules.Select(r => (object?)r.AclRule ?? r.GroupRule));
            }
        }

        foreach (var verdicts in new[] { pair.TransitGatewayRoute, pair.ResponseTransitGatewayRoute })
        {
            atoms.Add(verdicts.Length);
            atoms.AddRange(verdicts);
        }

        foreach (var step in pair.Path.Where(s => s is not NodeStep { Node: ExternalBlock }))
        {
            atoms.AddRange([step.GetType(), step.StartsHop, step.Blocks]);
            atoms.AddRange(step switch
            {
                NodeStep node => [node.Node, node.QualifyWithVpc],
                SecurityGroupsStep groups => [groups.Groups.Length, .. groups.Groups],
                NetworkAclStep acl => [acl.Acl],
                SubnetStep subnet => [subnet.Subnet],
                RouteStep route => [route.Table, route.Route],
                RouterStep router => [router.Router],
                VpcStep vpc => [vpc.Vpc],
                TransitGatewayStep gateway => [gateway.Gateway],
                _ => [],
            });
        }

        return new PairKey(atoms);
    }

    /// <inheritdoc />
    public bool Equals(PairKey? other) => other is not null && _hash == other._hash && _atoms.SequenceEqual(other._atoms);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PairKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
