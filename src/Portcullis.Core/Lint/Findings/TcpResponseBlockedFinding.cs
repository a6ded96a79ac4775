using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Lint.Findings;

/// <summary>
/// <c>tcp-response-blocked</c>: TCP allowed from <see cref="LintFinding.Source"/> to
/// <see cref="LintFinding.Destination"/> (<see cref="LintFinding.Connection"/>) whose replies a stateless layer drops.
/// </summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Replies">The replies the connection needs: its TCP with the ports swapped.</param>
/// <param name="Blockers">The layers that drop them, when the ends are single endpoints; empty otherwise.</param>
public sealed record TcpResponseBlockedFinding(string Linter, Severity Severity, ConnectionSet Replies, ImmutableArray<ReplyBlocker> Blockers) : LintFinding(Linter, Severity);
