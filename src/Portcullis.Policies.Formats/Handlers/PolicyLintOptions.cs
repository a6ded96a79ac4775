using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Lint;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of <c>policy lint</c>.</summary>
/// <param name="Input">What to read.</param>
/// <param name="Format">The output format.</param>
/// <param name="Enable">Linter ids to run besides the default ones.</param>
/// <param name="Disable">Linter ids not to run.</param>
/// <param name="FailOn">The lowest severity that makes the exit code 1.</param>
public sealed record PolicyLintOptions(PolicyInput Input, PolicyLintFormat Format, IReadOnlyList<string> Enable, IReadOnlyList<string> Disable, PolicyFindingSeverity FailOn = PolicyFindingSeverity.Error);
