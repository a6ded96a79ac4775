namespace Portcullis.Core.Reports.Exposure;

/// <summary>Which way an exposure goes: what the outside may open to an endpoint, or what the endpoint may open to it.</summary>
public enum ExposureDirection
{
    /// <summary>External addresses may open connections to the endpoint.</summary>
    Inbound,

    /// <summary>The endpoint may open connections to external addresses.</summary>
    Outbound,
}
