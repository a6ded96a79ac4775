namespace Portcullis.Policies.Analysis;

/// <summary>The kinds of change a semantic diff sorts connections into.</summary>
public enum SemanticDiffCategory
{
    /// <summary>Connections lost between endpoints that the second configuration no longer has.</summary>
    LostBetweenRemoved,

    /// <summary>Connections lost between removed endpoints and external addresses.</summary>
    LostBetweenRemovedAndAddresses,

    /// <summary>Connections lost between removed endpoints and endpoints both have.</summary>
    LostBetweenRemovedAndPersistent,

    /// <summary>Connections removed between endpoints both have.</summary>
    RemovedBetweenPersistent,

    /// <summary>Connections added between endpoints both have.</summary>
    AddedBetweenPersistent,

    /// <summary>Connections removed between endpoints both have and external addresses.</summary>
    RemovedBetweenPersistentAndAddresses,

    /// <summary>Connections added between endpoints both have and external addresses.</summary>
    AddedBetweenPersistentAndAddresses,

    /// <summary>New connections between endpoints both have and added endpoints.</summary>
    NewBetweenPersistentAndAdded,

    /// <summary>New connections between added endpoints.</summary>
    NewBetweenAdded,

    /// <summary>New connections between added endpoints and external addresses.</summary>
    NewBetweenAddedAndAddresses,
}
