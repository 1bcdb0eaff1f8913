using YamlDotNet.Core;

namespace Site.Core.Loading;

/// <summary>YAML that may well be valid but goes past one of the limits the loader keeps (<see cref="GuardedYamlParser"/>).</summary>
internal sealed class YamlLimitException(Mark start, Mark end, string message) : YamlException(start, end, message);
