using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Theme.Liquid;

/// <summary>
/// Makes every range of a template (<c>(1..n)</c>) refuse more than <see cref="MaxLength"/> items: Fluid builds a range's
/// items before a loop counts a single step, so that a range of a billion would take the memory of the build.
/// </summary>
internal sealed class BoundedRanges : AstRewriter
{
    /// <summary>The most items a range may have.</summary>
    public const int MaxLength = 100_000;

    /// <inheritdoc />
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange((RangeExpression)base.VisitRangeExpression(rangeExpression));

    private sealed class BoundedRange(RangeExpression range) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            if (to - from + 1 > MaxLength)
            {
                throw new LimitException($"a range of {to - from + 1:0} items is longer than the theme's limit of {MaxLength:N0}");
            }

            return await range.EvaluateAsync(context);
        }
    }
}
