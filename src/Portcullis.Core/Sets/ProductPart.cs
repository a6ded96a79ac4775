namespace Portcullis.Core.Sets;

/// <summary>One rectangle of a <see cref="ProductSet"/>: every pair with its first value in <see cref="First"/> and its second in <see cref="Second"/>.</summary>
/// <param name="First">The first coordinates.</param>
/// <param name="Second">The second coordinates.</param>
public readonly record struct ProductPart(IntervalSet<int> First, IntervalSet<int> Second);
