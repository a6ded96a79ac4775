using Portcullis.Core.Diagnostics;

namespace Portcullis.Server;

/// <summary>The problems the server finds in its configuration file.</summary>
public static class ServerDiagnostics
{
    /// <summary>A schedule or timeout that is not a duration.</summary>
    public static readonly DiagnosticDescriptor InvalidDuration = new(
        "PC8501", Severity.Error, "Invalid duration",
        "'{0}' is not a duration: write a whole number and a unit, such as 30s, 15m, 1h or 1d",
        "Durations are written with one unit: s (seconds), m (minutes), h (hours) or d (days).");

    /// <summary>A secret given neither as a file nor as an environment variable.</summary>
    public static readonly DiagnosticDescriptor SecretNotReferenced = new(
        "PC8502", Severity.Error, "Secret without a source",
        "{0} must name where the secret is: 'file: PATH' or 'env: VARIABLE'",
        "Secrets (API keys, webhook keys) are never written in the configuration file itself: put each in a file readable only by the server, or in an environment variable, and name it here.");

    /// <summary>Two accounts, clusters or webhooks with one name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new(
        "PC8503", Severity.Error, "Duplicate name",
        "{0} '{1}' is defined twice",
        "Accounts, clusters and webhooks are referred to by name, so each name is used once per kind.");

    /// <summary>A cluster that watches an account the file does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownAccount = new(
        "PC8504", Severity.Error, "Unknown account",
        "cluster '{0}' watches account '{1}', which is not under 'accounts' ({2})",
        "A cluster is checked on every new snapshot of one account; define the account under 'accounts' or correct the name.");

    /// <summary>A source kind the server does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownSourceKind = new(
        "PC8505", Severity.Error, "Unknown source kind",
        "'{0}' is not a kind of source this server can read; use one of: {1}",
        "An account's snapshots come from a file on the server, a URL, or (where the collector is built in) the cloud account itself.");

    /// <summary>A URL that is not absolute http or https.</summary>
    public static readonly DiagnosticDescriptor InvalidUrl = new(
        "PC8506", Severity.Error, "Invalid URL",
        "'{0}' is not an absolute http or https URL",
        "Webhooks and URL sources need a full URL such as https://hooks.example.com/portcullis.");

    /// <summary>A file the configuration names that does not exist.</summary>
    public static readonly DiagnosticDescriptor FileNotFound = new(
        "PC8507", Severity.Error, "File not found",
        "{0} {1} does not exist",
        "Relative paths in the configuration file are read from the folder the configuration file is in.");

    /// <summary>An account whose collection has no schedule (only uploads or manual runs).</summary>
    public static readonly DiagnosticDescriptor NoSchedule = new(
        "PC8508", Severity.Note, "Account without a schedule",
        "account '{0}' has no 'every': it is collected only when asked (POST /api/v1/accounts/{0}/collect)",
        "Give 'every: 15m' (or another duration) to collect the account on a schedule.");
}
