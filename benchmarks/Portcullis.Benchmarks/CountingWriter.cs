using System.Text;

namespace Portcullis.Benchmarks;

/// <summary>A text sink that only counts characters, so a benchmark measures producing the report, not the disk.</summary>
public sealed class CountingWriter : TextWriter
{
    public long Length { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Length++;

    public override void Write(string? value) => Length += value?.Length ?? 0;

    public override void Write(char[] buffer, int index, int count) => Length += count;
}
