using Portcullis.Server.Configuration;
using Portcullis.Server.Jobs;
using Portcullis.Server.Questions;
using Portcullis.Server.Security;
using Portcullis.Server.Watching;
using Portcullis.Storage;

namespace Portcullis.Server.Hosting;

/// <summary>What the endpoints work with: the store, the configuration, the question runner, jobs, the watcher and the clock.</summary>
internal sealed record ServerContext(
    IPortcullisStore Store,
    ServerConfiguration Configuration,
    QuestionRunner Runner,
    JobService Jobs,
    Watcher Watcher,
    TokenCache Tokens,
    TimeProvider Time);
