namespace Portcullis.Application.Hosting;

/// <summary>How far a piece of work is, for a progress bar.</summary>
/// <param name="Value">Done so far.</param>
/// <param name="MaxValue">Done when finished.</param>
/// <param name="Description">What the bar says.</param>
public readonly record struct ProgressReading(double Value, double MaxValue, string Description);
