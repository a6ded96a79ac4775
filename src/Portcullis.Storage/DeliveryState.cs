namespace Portcullis.Storage;

/// <summary>Where a webhook delivery is.</summary>
public enum DeliveryState
{
    /// <summary>Not delivered yet: due at its next attempt.</summary>
    Pending,

    /// <summary>The receiver answered with a success status.</summary>
    Delivered,

    /// <summary>Every attempt failed; no more are made.</summary>
    Failed,
}
