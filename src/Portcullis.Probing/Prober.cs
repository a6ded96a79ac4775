using System.Collections.Immutable;
using Portcullis.Probing.Internal;

namespace Portcullis.Probing;

/// <summary>
/// Verifies openings live, as the documentation's <c>curl</c> steps do: resolves each target's name, connects
/// (directly or through the HTTPS proxy with <c>CONNECT</c>), completes the TLS handshake and sends the HTTP
/// request, stopping at the first step that fails and saying why.
/// </summary>
/// <remarks>
/// Targets are probed at most <see cref="ProberOptions.MaxConcurrency"/> at a time; each step has
/// <see cref="ProberOptions.StepTimeout"/>, the run <see cref="ProberOptions.OverallTimeout"/>. Timeouts and network
/// failures become results (<see cref="ProbeStatus.Blocked"/> with the step and reason); only cancellation by the
/// caller's token ends a run with <see cref="OperationCanceledException"/>.
/// </remarks>
public sealed class Prober
{
    private readonly ProberOptions _options;

    /// <summary>Creates a prober.</summary>
    public Prober(ProberOptions? options = null) => _options = options ?? new ProberOptions();

    /// <summary>The options in force.</summary>
    public ProberOptions Options => _options;

    /// <summary>Probes one target.</summary>
    public async Task<ProbeResult> ProbeAsync(ProbeTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var results = await ProbeAllAsync([target], progress: null, cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Probes every target; the results are in the targets' order.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="progress">
    /// Told when each step starts and when each target finishes. It is called from the probing tasks, several at
    /// once: it must be thread-safe and quick.
    /// </param>
    /// <param name="cancellationToken">Cancels the run (Ctrl+C): the run then throws <see cref="OperationCanceledException"/>.</param>
    public async Task<ImmutableArray<ProbeResult>> ProbeAllAsync(IReadOnlyList<ProbeTarget> targets, IProgress<ProbeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is null)
            {
                throw new ArgumentException($"targets[{i}] is null.", nameof(targets));
            }
        }

        var results = new ProbeResult[targets.Count];
        using var deadline = _options.OverallTimeout is { } limit ? new CancellationTokenSource(limit, _options.TimeProvider) : new CancellationTokenSource();
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        var tokens = new ProbeTokens(cancellationToken, deadline.Token, overall.Token);
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (index, _) =>
        {
            await using var probe = new TargetProbe(_options, targets[index], index, progress, tokens);
            var result = await probe.RunAsync().ConfigureAwait(false);
            results[index] = result;
            progress?.Report(new ProbeProgress(index, targets[index], Step: null, result));
        }).ConfigureAwait(false);
        return [.. results];
    }
}
