namespace Portcullis.Policies.Analysis;

/// <summary>What <c>policy compare</c> asks of two configurations.</summary>
public enum PolicyComparisonQuery
{
    /// <summary>Do both allow exactly the same connections?</summary>
    Equivalence,

    /// <summary>Do both have the same policies, each allowing the same?</summary>
    StrongEquivalence,

    /// <summary>Does the second allow everything the first allows?</summary>
    Containment,

    /// <summary>Which contains which?</summary>
    TwoWayContainment,

    /// <summary>Does the second (the implementation) allow everything the first's policies (the specification) explicitly allow?</summary>
    Permits,

    /// <summary>Does the second deny everything the first's policies explicitly allow?</summary>
    Forbids,

    /// <summary>Do the first's policies explicitly allow something the second's do not?</summary>
    Interferes,
}
