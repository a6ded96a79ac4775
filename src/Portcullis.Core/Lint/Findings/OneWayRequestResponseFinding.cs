using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Lint.Findings;

/// <summary>
/// <c>one-way-request-response</c>: DNS or pings allowed from <see cref="LintFinding.Source"/> to
/// <see cref="LintFinding.Destination"/> (<see cref="LintFinding.Connection"/>, the requests) whose answers are dropped.
/// </summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Requests">The kinds of request concerned, in the order of <see cref="RequestKind"/>.</param>
/// <param name="Answers">The answers the requests need, as the peer sends them.</param>
/// <param name="Blockers">The layers that drop them, when the ends are single endpoints; empty otherwise.</param>
public sealed record OneWayRequestResponseFinding(string Linter, Severity Severity, ImmutableArray<RequestKind> Requests, ConnectionSet Answers, ImmutableArray<ReplyBlocker> Blockers)
    : LintFinding(Linter, Severity);
