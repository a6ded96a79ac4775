namespace Portcullis.Policies.Formats.Reading;

/// <summary>Which kinds of resources a read keeps.</summary>
[Flags]
public enum ResourceRoles
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Policies, profiles and tiers.</summary>
    Policies = 1,

    /// <summary>Namespaces.</summary>
    Namespaces = 2,

    /// <summary>Endpoints and what defines them: pods, workload resources, workload and host endpoints, network sets, nodes, service accounts.</summary>
    Endpoints = 4,

    /// <summary>Everything.</summary>
    All = Policies | Namespaces | Endpoints,
}
