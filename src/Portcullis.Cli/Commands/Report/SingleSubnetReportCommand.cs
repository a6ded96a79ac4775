using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands.Report;

/// <summary><c>portcullis report single-subnet</c>.</summary>
internal static class SingleSubnetReportCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "single-subnet",
            "Each subnet's network ACL on its own: for every remote address range, what may come in and go out. "
            + "A subnet whose ACL treats its own addresses differently is shown per local range.");
        var options = new CommonOptions();
        var format = FormatOption.Create(SubnetAclReportWriter.Formats);
        options.AddTo(command, format);
        examples.Add(command, "portcullis report single-subnet --config examples/iks-multizone/config.json");
        CommandAction.Set(command, environment, new SingleSubnetReportHandler(), result => new SingleSubnetReportOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
        });
        return command;
    }
}
