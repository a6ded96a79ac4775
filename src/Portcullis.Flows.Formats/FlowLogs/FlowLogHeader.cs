namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>The fields of a flow-log object besides its records that the replay uses.</summary>
/// <param name="NetworkInterfaceId">The vNIC the records belong to.</param>
/// <param name="State"><c>ok</c>, or <c>skip data</c> when the collector lost data; null when absent.</param>
/// <param name="NumberOfFlowLogs">The count the object states, if it states one.</param>
public sealed record FlowLogHeader(string NetworkInterfaceId, string? State, int? NumberOfFlowLogs)
{
    /// <summary>Whether the collector lost data in this object's window.</summary>
    public bool SkippedData => string.Equals(State, FlowLogObject.SkipDataState, StringComparison.OrdinalIgnoreCase);
}
