using Portcullis.Cli;

try
{
    return PortcullisApp.Run(args, Console.Out, Console.Error);
}
catch (Exception e) when (Environment.GetEnvironmentVariable("PORTCULLIS_DEBUG") is null)
{
    // A bug, not bad input (bad input is reported where it is found): say so without a stack trace.
    Console.Error.WriteLine($"portcullis: internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine("This is a bug in Portcullis. Run again with PORTCULLIS_DEBUG=1 for the details, and report it with the input that caused it.");
    return 70;
}
