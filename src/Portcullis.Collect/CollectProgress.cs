namespace Portcullis.Collect;

/// <summary>One step of a collection, for a progress display.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Scope">The part of the account: a region name, <c>transit</c> or <c>clusters</c>.</param>
/// <param name="Resource">The resource type, such as <c>subnets</c>, or empty.</param>
/// <param name="Count">How many resources were read, for <see cref="CollectProgressKind.Read"/>.</param>
/// <param name="Detail">Words for a retry or a warning.</param>
public readonly record struct CollectProgress(CollectProgressKind Kind, string Scope, string Resource, int Count = 0, string? Detail = null);
