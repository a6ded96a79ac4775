using YamlDotNet.Serialization;

namespace Portcullis.Probing.Formats;

/// <summary>
/// Writes targets in the format <see cref="ProbeTargetsReader"/> reads (YAML), so that a command that knows which
/// openings a cluster needs can hand them to <c>portcullis probe --targets</c>. Settings at their defaults are left out.
/// </summary>
public static class ProbeTargetsWriter
{
    /// <summary>Writes the targets, after an optional comment (one <c>#</c> line per line of it).</summary>
    public static void Write(IEnumerable<ProbeTarget> targets, TextWriter output, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(output);
        if (comment is not null)
        {
            foreach (var line in comment.ReplaceLineEndings("\n").Split('\n'))
            {
                output.Write(line.Length == 0 ? "#\n" : $"# {line}\n");
            }
        }

        var document = new Dictionary<string, object>
        {
            ["version"] = 1,
            ["targets"] = targets.Select(Entry).ToList(),
        };
        var text = new SerializerBuilder().Build().Serialize(document).ReplaceLineEndings("\n");
        output.Write(text);
    }

    private static Dictionary<string, object> Entry(ProbeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var entry = new Dictionary<string, object>();
        if (!target.HasDefaultName)
        {
            entry["name"] = target.Name;
        }

        if (target.Purpose is not null)
        {
            entry["purpose"] = target.Purpose;
        }

        if (target.Http is { } http)
        {
            entry["url"] = target.Url!;
            if (http.Method != "GET")
            {
                entry["method"] = http.Method;
            }

            var expect = new Dictionary<string, object>();
            if (http.AcceptedStatuses != HttpCheck.DefaultStatuses)
            {
                expect["status"] = http.AcceptedStatuses.ToString();
            }

            if (http.Body is { } body)
            {
                expect[body.Kind == BodyExpectationKind.JsonProperty ? "json" : "body"] = body.Value;
            }

            if (expect.Count > 0)
            {
                entry["expect"] = expect;
            }
        }
        else
        {
            entry["host"] = target.Host;
            if (target.Depth != ProbeStep.Dns)
            {
                entry["port"] = target.Port;
            }

            entry["check"] = target.Depth.ToString().ToLowerInvariant();
        }

        if (target.AllowUntrustedCertificate)
        {
            entry["insecure"] = true;
        }

        return entry;
    }
}
