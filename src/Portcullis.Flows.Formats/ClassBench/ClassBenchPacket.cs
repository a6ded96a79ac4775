using System.Runtime.InteropServices;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Formats.ClassBench;

/// <summary>One line of a ClassBench trace: a packet header and the 0-based index of the filter it should match first (-1 for none).</summary>
/// <param name="Flow">The header.</param>
/// <param name="ExpectedIndex">The expected first-matching filter, or -1.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct ClassBenchPacket(FlowKey Flow, int ExpectedIndex);
