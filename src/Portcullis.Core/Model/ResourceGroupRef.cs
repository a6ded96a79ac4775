namespace Portcullis.Core.Model;

/// <summary>A reference to a resource group: filters match it by id or name.</summary>
/// <param name="Id">The group's id, if known.</param>
/// <param name="Name">The group's name, if known.</param>
public sealed record ResourceGroupRef(string? Id, string? Name)
{
    /// <summary>Whether <paramref name="idOrName"/> is this group's id or name.</summary>
    public bool Matches(string idOrName) => idOrName == Id || idOrName == Name;
}
