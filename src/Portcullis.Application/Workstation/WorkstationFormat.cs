namespace Portcullis.Application.Workstation;

/// <summary>How a workstation's egress is written.</summary>
public enum WorkstationFormat
{
    /// <summary>A text table and its notes.</summary>
    Txt,

    /// <summary>A Markdown table and its notes.</summary>
    Md,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>nftables rules.</summary>
    Nftables,

    /// <summary>iptables rules.</summary>
    Iptables,

    /// <summary>A targets file for <c>portcullis probe --targets</c>.</summary>
    Probe,
}
