using System.Runtime.InteropServices;
using Portcullis.Core.Model;

namespace Portcullis.Flows.Replay;

/// <summary>
/// What groups changed records in a tally: the change, the path, the direction, and up to two deciding rules as
/// catalog numbers (<see cref="NoRule"/> for a layer where no rule matched, <see cref="NotOnPath"/> for a layer the
/// connection does not cross).
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct ChangeKey(ChangeKind Kind, ChangeCause Cause, int Path, TrafficDirection Direction, int AclRule, int GroupRule, bool AclFirst)
{
    public const int NoRule = -1;
    public const int NotOnPath = -2;
}
