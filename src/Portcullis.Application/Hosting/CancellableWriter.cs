using System.Text;

namespace Portcullis.Application.Hosting;

/// <summary>
/// A writer that stops the command when it is cancelled: a report's analysis runs while it is written, synchronously
/// and line by line, so every write is where an interrupt (Ctrl+C, SIGTERM) is heard; the output's temporary file
/// is then deleted by whoever opened it.
/// </summary>
internal sealed class CancellableWriter(TextWriter inner, CancellationToken cancellationToken) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc/>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(value);
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(value);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer, index, count);
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer);
    }

    /// <inheritdoc/>
    public override Task WriteAsync(char value)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.WriteAsync(value);
    }

    /// <inheritdoc/>
    public override Task WriteAsync(string? value)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.WriteAsync(value);
    }

    /// <inheritdoc/>
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken token = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.WriteAsync(buffer, token);
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    /// <inheritdoc/>
    public override Task FlushAsync() => inner.FlushAsync();

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken token) => inner.FlushAsync(token);
}
