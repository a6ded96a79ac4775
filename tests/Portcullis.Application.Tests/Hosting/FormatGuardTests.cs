using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Formats.Explain;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Tests.Hosting;

/// <summary>A handler refuses a format its writer does not offer, with the same words as the command line.</summary>
public sealed class FormatGuardTests
{
    [Fact]
    public void Refuses_OfferedFormat_LetsItThrough()
    {
        var test = new TestEnvironment();

        Assert.False(FormatGuard.Refuses(test.Environment, ExplanationWriter.Formats, ReportFormat.Md));
        Assert.Equal(string.Empty, test.Error);
    }

    [Fact]
    public void Refuses_FormatTheWriterLacks_SaysWhichItHas()
    {
        var test = new TestEnvironment();

        Assert.True(FormatGuard.Refuses(test.Environment, ExplanationWriter.Formats, ReportFormat.Dot));
        Assert.Equal("portcullis: error: This command does not write 'dot'. Use one of: txt, md, json.\n", test.Error);
    }
}
