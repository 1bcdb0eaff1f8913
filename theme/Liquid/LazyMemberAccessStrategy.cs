using Fluid;

namespace Site.Theme.Liquid;

/// <summary>
/// The members templates may read, registered when a template first reads one: a site whose templates are all written by C#
/// never does, and registering every page model's properties is most of a renderer's start (about 30 ms on input/).
/// </summary>
/// <param name="create">Makes the strategy, with every member registered; called once, by the first thread that needs it.</param>
internal sealed class LazyMemberAccessStrategy(Func<MemberAccessStrategy> create) : MemberAccessStrategy
{
    private readonly Lazy<MemberAccessStrategy> _inner = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public override IMemberAccessor GetAccessor(Type type, string name) => _inner.Value.GetAccessor(type, name);

    /// <inheritdoc />
    public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors) => _inner.Value.Register(type, accessors);
}
