using Portcullis.Fuzz.Campaigns;
using Portcullis.Fuzz.Execution;
using Portcullis.Fuzz.Targets;
using SharpFuzz;

namespace Portcullis.Fuzz.Afl;

/// <summary>
/// The coverage-guided loop: afl-fuzz feeds inputs through SharpFuzz's fork server, the harness runs them as the
/// mutation campaign does, and every broken promise is raised as a crash. Needs assemblies instrumented by
/// <see cref="Instrumenter"/>; outside afl-fuzz it runs one input from standard input.
/// </summary>
internal static class AflHarness
{
    /// <summary>Serves afl-fuzz until it stops.</summary>
    public static void Run(FuzzTarget target, Workspace workspace)
    {
        // afl-fuzz's own -t limit decides hangs; the campaign's limit only keeps a run from waiting forever.
        var campaign = new MutationCampaign(target, workspace) { TimeLimit = TimeSpan.FromMinutes(5) };
        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (campaign.Execute(buffer.ToArray()) is { } finding)
            {
                throw new FindingException(finding);
            }
        });
    }
}
