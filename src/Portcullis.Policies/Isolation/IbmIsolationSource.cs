namespace Portcullis.Policies.Isolation;

/// <summary>Where the per-region data of IBM's isolation policy set was taken from.</summary>
/// <param name="Repository">The GitHub repository (owner/name).</param>
/// <param name="Commit">The full commit the data was taken at.</param>
/// <param name="Path">The folder of the policy set inside the repository.</param>
/// <param name="License">The licence the data is published under (SPDX identifier).</param>
public sealed record IbmIsolationSource(string Repository, string Commit, string Path, string License);
