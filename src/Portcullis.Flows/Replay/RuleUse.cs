using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;

namespace Portcullis.Flows.Replay;

/// <summary>How often replayed traffic used one rule.</summary>
/// <param name="Layer">A network ACL or a security group.</param>
/// <param name="LayerName">The ACL's or the group's name.</param>
/// <param name="Direction">The rule's direction.</param>
/// <param name="Citation">The rule as <see cref="Portcullis.Core.Explain.TransitionalRuleText"/> cites it.</param>
/// <param name="Location">Where the rule was read, if from a file.</param>
/// <param name="Hits">Records the rule decided (ACL: the first match, of the request or, where the target replied, of the replies; security group: every rule that allows the request).</param>
/// <param name="Evaluated">Records evaluated against the rule's layer and direction (above zero: reports list only such rules).</param>
public sealed record RuleUse(LayerKind Layer, string LayerName, TrafficDirection Direction, string Citation, SourceLocation? Location, long Hits, long Evaluated);
