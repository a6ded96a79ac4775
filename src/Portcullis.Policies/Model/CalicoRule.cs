namespace Portcullis.Policies.Model;

/// <summary>A Calico rule (<c>projectcalico.org/v3</c>): action, protocol, ICMP, IP version, source and destination.</summary>
public sealed record CalicoRule : PolicyRule
{
    /// <summary>The action.</summary>
    public required RuleAction RuleAction { get; init; }

    /// <inheritdoc />
    public override RuleAction Action => RuleAction;

    /// <summary><c>protocol</c> as a number; <see langword="null"/> when absent.</summary>
    public int? Protocol { get; init; }

    /// <summary><c>notProtocol</c> as a number.</summary>
    public int? NotProtocol { get; init; }

    /// <summary><c>icmp</c>.</summary>
    public IcmpSpec? Icmp { get; init; }

    /// <summary><c>notICMP</c>.</summary>
    public IcmpSpec? NotIcmp { get; init; }

    /// <summary><c>ipVersion</c> (4 or 6).</summary>
    public int? IpVersion { get; init; }

    /// <summary><c>source</c>.</summary>
    public CalicoEntityRule SourceEntity { get; init; } = CalicoEntityRule.Any;

    /// <summary><c>destination</c>.</summary>
    public CalicoEntityRule DestinationEntity { get; init; } = CalicoEntityRule.Any;

    /// <summary>Whether the rule has an <c>http</c> match, which only the application layer can check (the engine ignores it, over-approximating).</summary>
    public bool HasHttpMatch { get; init; }
}
