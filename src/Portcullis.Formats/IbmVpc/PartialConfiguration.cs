using System.Collections.Immutable;
using Portcullis.Core.Model;

namespace Portcullis.Formats.IbmVpc;

/// <summary>
/// What could be read of a configuration document with errors: the objects without errors, and the ids and CRNs of
/// the objects (and of the interfaces, rules and attachments they hold) that had errors, so that references to them
/// are not reported as dangling a second time.
/// </summary>
/// <param name="Configuration">The objects that were read.</param>
/// <param name="Unreadable">The ids and CRNs of the objects that were not.</param>
internal sealed record PartialConfiguration(VpcConfiguration Configuration, ImmutableHashSet<string> Unreadable);
