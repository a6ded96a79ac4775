using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>One object of the configuration beneath that an overlay replaced or removed.</summary>
/// <param name="Action">Replaced or removed.</param>
/// <param name="Kind">What kind of object it is.</param>
/// <param name="Id">Its id in the configuration beneath.</param>
/// <param name="Name">Its name.</param>
/// <param name="Location">Where the configuration beneath has it.</param>
/// <param name="ReplacementId">The id of the object that replaced it (the same id unless it was matched by VPC and name).</param>
/// <param name="ReplacementLocation">Where the managed configuration has its replacement.</param>
/// <param name="MatchedByName">Whether it was matched by VPC and name, its id being different (an object a plan creates again).</param>
public sealed record OverlayChange(
    OverlayAction Action,
    ResourceKind Kind,
    string Id,
    string Name,
    SourceLocation? Location,
    string? ReplacementId = null,
    SourceLocation? ReplacementLocation = null,
    bool MatchedByName = false);
