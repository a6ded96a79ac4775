using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Explain;

/// <summary>A rule named in an explanation, with the text that identifies it and where it was read.</summary>
/// <param name="Text">The rule as explain prints it, for example <c>name: deny-all, priority: 7, action: deny, ...</c>.</param>
/// <param name="Action">Allow or deny (security-group rules always allow).</param>
/// <param name="Location">The rule's place in the input, if known.</param>
public sealed record RuleCitation(string Text, AclAction Action, SourceLocation? Location);
