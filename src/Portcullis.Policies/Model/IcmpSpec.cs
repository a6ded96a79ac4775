namespace Portcullis.Policies.Model;

/// <summary>An ICMP criterion of a Calico rule: a type, and a code within it; absent means any.</summary>
/// <param name="Type">The type (0-254), or <see langword="null"/> for any.</param>
/// <param name="Code">The code (0-255), or <see langword="null"/> for any; only with a type.</param>
public sealed record IcmpSpec(int? Type, int? Code);
