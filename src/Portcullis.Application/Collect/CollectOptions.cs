using System.Collections.Immutable;
using Portcullis.Collect;

namespace Portcullis.Application.Collect;

/// <summary>What <c>collect</c> is asked, as given on the command line (the handler checks it).</summary>
public sealed record CollectOptions
{
    /// <summary>The output file when none is given.</summary>
    public const string DefaultOutput = "portcullis-config.json";

    /// <summary>The most retries that may be asked for.</summary>
    public const int MaxRetries = 10;

    /// <summary>Regions to read; empty for every VPC region of the account.</summary>
    public ImmutableArray<string> Regions { get; init; } = [];

    /// <summary>A resource group name or id, or <see langword="null"/>.</summary>
    public string? ResourceGroup { get; init; }

    /// <summary>VPC names, ids or CRNs; empty for all.</summary>
    public ImmutableArray<string> Vpcs { get; init; } = [];

    /// <summary>A file holding the API key (the key alone, or the JSON <c>ibmcloud iam api-key-create --file</c> writes); else <see cref="ApiKeySource.Variable"/>.</summary>
    public string? ApiKeyFile { get; init; }

    /// <summary>The file to write.</summary>
    public string Output { get; init; } = DefaultOutput;

    /// <summary>The IAM base URL, or <see langword="null"/> for the public one.</summary>
    public string? IamUrl { get; init; }

    /// <summary>The VPC base URL (with <c>{region}</c>), or <see langword="null"/> for the public ones.</summary>
    public string? VpcUrl { get; init; }

    /// <summary>The Transit Gateway base URL, or <see langword="null"/> for the public one.</summary>
    public string? TransitUrl { get; init; }

    /// <summary>The Kubernetes Service base URL, or <see langword="null"/> for the public one.</summary>
    public string? ContainersUrl { get; init; }

    /// <summary>The time each API call may take.</summary>
    public TimeSpan Timeout { get; init; } = CollectorSettings.DefaultTimeout;

    /// <summary>The time the whole collection may take.</summary>
    public TimeSpan OverallTimeout { get; init; } = CollectorSettings.DefaultOverallTimeout;

    /// <summary>How many calls may be in flight at once.</summary>
    public int Concurrency { get; init; } = CollectorSettings.DefaultConcurrency;

    /// <summary>How many times a failed call is retried.</summary>
    public int Retries { get; init; } = CollectorSettings.DefaultRetries;

    /// <summary>The VPC API version date.</summary>
    public string VpcApiVersion { get; init; } = CollectorSettings.DefaultVpcApiVersion;
}
