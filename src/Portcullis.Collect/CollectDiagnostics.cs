using Portcullis.Core.Diagnostics;

namespace Portcullis.Collect;

/// <summary>
/// The problems of <c>portcullis collect</c> (<c>PC80xx</c>): no usable API key, an API call that failed for good,
/// and a part of the account the key may not read. None of their messages holds the key or a token.
/// </summary>
public static class CollectDiagnostics
{
    /// <summary>No API key was given.</summary>
    /// <remarks>The hole is the environment variable the key is read from.</remarks>
    public static readonly DiagnosticDescriptor NoApiKey = new(
        "PC8001", Severity.Error, "No API key",
        "no API key: set {0}, or give --api-key-file FILE (one is made by 'ibmcloud iam api-key-create portcullis --file key.json')",
        "collect reads the account with an IBM Cloud API key, exchanged at IAM for bearer tokens; nothing is read or written without one.");

    /// <summary>The API key file cannot be read.</summary>
    /// <remarks>The hole says why (no such file, permission denied ...).</remarks>
    public static readonly DiagnosticDescriptor ApiKeyFileUnreadable = new(
        "PC8002", Severity.Error, "API key file cannot be read",
        "cannot read the API key file (--api-key-file): {0}",
        "The file given with --api-key-file does not exist or cannot be opened. Check the path and the file's permissions.");

    /// <summary>The API key file is empty.</summary>
    public static readonly DiagnosticDescriptor ApiKeyFileEmpty = new(
        "PC8003", Severity.Error, "Empty API key file",
        "the API key file (--api-key-file) is empty",
        "The file should hold the API key alone, or be the JSON that 'ibmcloud iam api-key-create NAME --file FILE' writes.");

    /// <summary>The API key file holds more than the key.</summary>
    public static readonly DiagnosticDescriptor ApiKeyFileNotOneWord = new(
        "PC8004", Severity.Error, "API key file holds more than a key",
        "the API key file (--api-key-file) holds more than one word; it should hold the API key alone",
        "A key has no spaces or control characters; what the file holds is not shown, in case it is a key after all.");

    /// <summary>The API key file is JSON without the key.</summary>
    public static readonly DiagnosticDescriptor ApiKeyJsonWithoutKey = new(
        "PC8005", Severity.Error, "API key JSON without a key",
        "the API key file (--api-key-file) is JSON without an \"apikey\" string (expected the file 'ibmcloud iam api-key-create NAME --file FILE' writes, or the key alone)",
        "A file that starts with '{' is read as the JSON 'ibmcloud iam api-key-create' writes, whose \"apikey\" field holds the key.");

    /// <summary>An API call failed for good: nothing was written.</summary>
    /// <remarks>The holes are the call (method and URL without its query) and what happened.</remarks>
    public static readonly DiagnosticDescriptor ApiCallFailed = new(
        "PC8010", Severity.Error, "API call failed",
        "{0}: {1}",
        "Nothing was written. The message names the call and its last answer (retries of 429, 5xx, timeouts and broken connections included); docs/collect.md says what each failure means and what to check.");

    /// <summary>A part of the account was left out of the file.</summary>
    /// <remarks>The holes are the part (a region, transit or clusters), the resource, the call and what happened.</remarks>
    public static readonly DiagnosticDescriptor PartLeftOut = new(
        "PC8020", Severity.Warning, "Part of the account left out",
        "{0}: {1} left out: {2}: {3}",
        "The API key may not read it (403), or it went away while being read; the rest was written, and the file's manifest lists what is missing (\"complete\": false). Give the key Viewer access to the service to read it.");
}
