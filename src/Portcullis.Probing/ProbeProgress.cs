namespace Portcullis.Probing;

/// <summary>A step of one target started, or the target finished.</summary>
/// <param name="Index">The target's position in the list probed.</param>
/// <param name="Target">The target.</param>
/// <param name="Step">The step that started, or <see langword="null"/> when the target finished.</param>
/// <param name="Result">The result when the target finished, else <see langword="null"/>.</param>
public sealed record ProbeProgress(int Index, ProbeTarget Target, ProbeStep? Step, ProbeResult? Result);
