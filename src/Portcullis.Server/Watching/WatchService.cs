using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portcullis.Server.Hosting;

namespace Portcullis.Server.Watching;

/// <summary>Runs the watcher's rounds in the background, one every <paramref name="interval"/> (on the server's clock).</summary>
internal sealed class WatchService(Watcher watcher, TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await watcher.TickAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A round that fails (the database away for a moment) is logged; the next round tries again.
                ServerLog.WatchFailed(logger, e);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
