using Portcullis.Application.Hosting;

namespace Portcullis.Application.Tests.Support;

/// <summary>A command environment for a handler under test: captured output and error, and the terminals, layout and variables a test gives.</summary>
internal sealed class TestEnvironment
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public TestEnvironment(ITerminal? terminal = null, IProgressTerminal? errorTerminal = null, IGraphLayout? layout = null, IReadOnlyDictionary<string, string>? variables = null)
    {
        Environment = new CommandEnvironment(_output, _error)
        {
            Terminal = terminal,
            ErrorTerminal = errorTerminal,
            GraphLayout = layout ?? new GraphvizLayout(),
            Variables = name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
        };
    }

    public CommandEnvironment Environment { get; }

    public string Output => _output.ToString();

    public string Error => _error.ToString();

    /// <summary>Runs a handler in this environment.</summary>
    public Task<int> RunAsync<TOptions>(ICommandHandler<TOptions> handler, TOptions options, CancellationToken? cancellationToken = null)
        where TOptions : class =>
        handler.RunAsync(options, Environment, cancellationToken ?? TestContext.Current.CancellationToken);
}
