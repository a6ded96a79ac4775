using Portcullis.Core.Diff;
using Portcullis.Core.Sets;

namespace Portcullis.Conformance.Golden;

/// <summary>A diff line with its ends named: what a golden's line says, in the engine's terms.</summary>
public sealed record DiffRow(string Source, string Destination, DiffKind Kind, ConnectionSet Before, ConnectionSet BeforeBlocked, ConnectionSet After, ConnectionSet AfterBlocked);
