using Portcullis.Cli;

return PortcullisApp.Run(args, Console.Out, Console.Error);
