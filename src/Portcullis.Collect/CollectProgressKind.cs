namespace Portcullis.Collect;

/// <summary>What a progress report says.</summary>
public enum CollectProgressKind
{
    /// <summary>A part of the account (a region, the transit gateways, the clusters) is being read.</summary>
    Started,

    /// <summary>Resources of a type were read (<see cref="CollectProgress.Count"/> more of them).</summary>
    Read,

    /// <summary>A call is retried after a wait (<see cref="CollectProgress.Detail"/> says why and how long).</summary>
    Retrying,

    /// <summary>Something was left out (<see cref="CollectProgress.Detail"/> says what).</summary>
    Warning,

    /// <summary>A part of the account is done.</summary>
    Finished,
}
