using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Theme.Pages;

namespace Site.Theme;

/// <summary>Renders page models with Blazor's <see cref="HtmlRenderer"/>; one instance per worker thread.</summary>
public sealed class RazorPageRenderer : IPageRenderer
{
    // The templates by name (a page model's Template, a kind's DocumentKind.Template): the components of Site.Theme.Pages.
    private static readonly Dictionary<string, Type> Components = typeof(SubstancePage).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(SubstancePage).Namespace && typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    // An HtmlRenderer keeps every root component it rendered, with its render tree, until it is disposed:
    // a renderer is replaced after this many pages, so that a worker's memory does not grow with the site.
    private const int PagesPerRenderer = 32;

    private readonly ServiceProvider _services;
    private readonly StringBuilder _buffer = new(64 * 1024);
    private readonly StringWriter _writer;
    private HtmlRenderer _renderer;
    private int _rendered;

    /// <summary>Creates a renderer with its own dispatcher.</summary>
    public RazorPageRenderer()
    {
        _services = new ServiceCollection().BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        _writer = new StringWriter(_buffer, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the Razor theme still has a page component named <paramref name="template"/>: pages ported to Liquid have none.</summary>
    public static bool HasTemplate(string template) => Components.ContainsKey(template);

    /// <inheritdoc />
    public string Render(PageModel page)
    {
        if (!Components.TryGetValue(page.Template, out var component))
        {
            throw new ArgumentException($"the theme has no template '{page.Template}' for {page.GetType().Name}", nameof(page));
        }

        if (++_rendered % PagesPerRenderer == 0)
        {
            _renderer.Dispose();
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        }

        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = page });
        return _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, parameters);
            // Written into this worker's one buffer, which grows to the largest page once, not per page.
            _buffer.Clear();
            output.WriteHtmlTo(_writer);
            return _buffer.ToString();
        }).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
        _writer.Dispose();
    }
}
