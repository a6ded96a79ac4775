namespace Portcullis.Conformance.Nca;

/// <summary>A case's configuration does not read: the case fails with the reader's reason (it did not crash).</summary>
public sealed class NcaConfigRejectedException(string message) : Exception(message);
