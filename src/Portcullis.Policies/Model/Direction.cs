namespace Portcullis.Policies.Model;

/// <summary>A policy direction, seen from the selected endpoint.</summary>
public enum Direction
{
    /// <summary>Traffic into the endpoint.</summary>
    Ingress,

    /// <summary>Traffic out of the endpoint.</summary>
    Egress,
}
