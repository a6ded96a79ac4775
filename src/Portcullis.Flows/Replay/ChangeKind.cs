namespace Portcullis.Flows.Replay;

/// <summary>How the configuration under test decides a recorded connection differently from the cloud.</summary>
public enum ChangeKind
{
    /// <summary>The record was accepted; the configuration would now drop the connection (its request or its replies).</summary>
    NowRejected,

    /// <summary>The record was rejected; the configuration would now let the request through.</summary>
    NowAccepted,
}
