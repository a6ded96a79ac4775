namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Orders a list whose items say which item they go immediately before (<c>before</c> of ACL rules and transit gateway
/// prefix filters): an item without <c>before</c> is the last one, as the API appends it.
/// </summary>
internal static class BeforeOrder
{
    /// <summary>
    /// Inserts each of <paramref name="placed"/> before the item its <c>before</c> names, into <paramref name="fixedItems"/>
    /// (in their order). Items naming an item that is placed later wait for it; items without <c>before</c> go last, in
    /// the order given; items naming nothing in the list (or in a cycle) go last too, and are passed to <paramref name="notFound"/>.
    /// </summary>
    public static List<T> Arrange<T>(IEnumerable<T> fixedItems, IReadOnlyList<T> placed, Func<T, string> id, Func<T, string?> before, Action<T> notFound)
    {
        var result = fixedItems.ToList();
        var pending = placed.ToList();
        while (pending.Count > 0)
        {
            var progress = false;
            foreach (var item in pending.ToList())
            {
                if (before(item) is { } target)
                {
                    var at = result.FindIndex(x => id(x) == target);
                    if (at >= 0)
                    {
                        result.Insert(at, item);
                        pending.Remove(item);
                        progress = true;
                    }
                }
            }

            if (progress)
            {
                continue;
            }

            // Nothing waits on a present item: the next item without "before" goes last, and may unblock others.
            var last = pending.FindIndex(x => before(x) is null);
            if (last < 0)
            {
                break;
            }

            result.Add(pending[last]);
            pending.RemoveAt(last);
        }

        foreach (var item in pending)
        {
            notFound(item);
            result.Add(item);
        }

        return result;
    }
}
