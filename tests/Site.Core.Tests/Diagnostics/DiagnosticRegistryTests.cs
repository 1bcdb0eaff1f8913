using System.Reflection;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Validation;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Tests.Diagnostics;

public sealed class DiagnosticRegistryTests
{
    [Fact]
    public void Should_hold_every_rule_declared_anywhere_in_the_core_once()
    {
        // Given every descriptor Site.Core declares, on an analyzer, a phase or the phases' shared list
        var declared = typeof(DiagnosticRegistry).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Descriptor: (DiagnosticDescriptor)f.GetValue(null)!))
            .ToList();

        // When the registry is gathered from the analyzers and phases
        var registry = DiagnosticRegistry.All;

        // Then each declared descriptor is in it, and no code is there twice
        declared.Count.ShouldBeGreaterThan(0);
        declared.Where(d => !registry.Contains(d.Descriptor)).Select(d => d.Name).ShouldBeEmpty("declared but not raised by any analyzer or phase");
        registry.Select(d => d.Code).ShouldBeUnique();
        registry.Count.ShouldBe(declared.Select(d => d.Descriptor).Distinct().Count());
    }

    [Fact]
    public void Should_hold_each_analyzers_rules_and_nothing_no_owner_declares()
    {
        // Given the rules of each analyzer and each phase
        var analyzers = ValidatePhase.DefaultAnalyzers.SelectMany(a => a.Descriptors)
            .Concat(ValidatePhase.DefaultOutputAnalyzers.SelectMany(a => a.Descriptors));

        // When the registry is gathered
        var registry = DiagnosticRegistry.All;

        // Then every analyzer declares at least one rule, all of them are in the registry, and loading's come first
        ValidatePhase.DefaultAnalyzers.ShouldAllBe(a => a.Descriptors.Count > 0);
        ValidatePhase.DefaultOutputAnalyzers.ShouldAllBe(a => a.Descriptors.Count > 0);
        analyzers.ShouldAllBe(d => registry.Contains(d));
        registry.Take(LoadPhase.Descriptors.Count).ShouldBe(LoadPhase.Descriptors);
    }

    [Fact]
    public void Should_find_a_rule_by_its_code_and_nothing_for_an_unknown_code()
    {
        // Given the codes an analyzer and a phase declare
        // When they and an unknown code are looked up
        // Then each finds its own descriptor, and the unknown code nothing
        DiagnosticRegistry.Find("uncited-claim").ShouldBeSameAs(UncitedClaimAnalyzer.Descriptor);
        DiagnosticRegistry.Find("invalid-front-matter").ShouldBeSameAs(DiagnosticDescriptors.InvalidFrontMatter);
        DiagnosticRegistry.Find("uncited-claims").ShouldBeNull();
    }
}
