using Portcullis.Core.Sets;

namespace Portcullis.Core.Reports;

/// <summary>What a report row states about its two sides: the connection, and whether replies are blocked or the row over-approximates.</summary>
/// <param name="Connection">The connection.</param>
/// <param name="ResponseBlocked">Whether it is TCP whose replies are dropped.</param>
/// <param name="OverApproximated">Whether not every address of a merged node has it.</param>
public readonly record struct RowLabel(ConnectionSet Connection, bool ResponseBlocked, bool OverApproximated);
