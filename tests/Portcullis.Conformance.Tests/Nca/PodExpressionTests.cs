using Portcullis.Conformance.Nca.Outputs;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Tests.Nca;

public sealed class PodExpressionTests
{
    private static Endpoint Pod(params (string, string)[] labels) => new() { Kind = EndpointKind.Pod, Name = "p", Namespace = "ns", Labels = Labels.Of(labels) };

    [Theory]
    [InlineData("(has(app) and app not in (kube-fluentd,alb1))", true)]
    [InlineData("app in (web,db)", true)]
    [InlineData("app=db", false)]
    [InlineData("app!=db", true)]
    [InlineData("!has(tier) or tier=frontend", true)]
    [InlineData("has(app) and tier=frontend", false)]
    public void Matches_LabelExpressions_AsNcaMeansThem(string expression, bool expected) =>
        Assert.Equal(expected, PodExpression.Matches(expression, Pod(("app", "web")), byPod: false));

    [Fact]
    public void Matches_LabelMissing_StillReadsTheWholeExpression() =>
        Assert.False(PodExpression.Matches("(has(app) and app not in (a,b)) or tier=x", Pod(("role", "db")), byPod: false));

    [Fact]
    public void Matches_NameList_MatchesOwnersOrPods()
    {
        var pod = Pod() with { Owner = new WorkloadOwner("Deployment", "frontend") };
        Assert.True(PodExpression.Matches("cartservice, frontend", pod, byPod: false));
        Assert.False(PodExpression.Matches("cartservice, frontend", pod, byPod: true));
    }
}
