using Site.Core.Rendering;

namespace Site.Theme.Liquid;

/// <summary>The paths of the default theme's templates that C# writes, or that the writers write in place.</summary>
internal static class DefaultTemplatePaths
{
    private const string Components = ThemeFolderFiles.TemplatesFolder + "/components/";
    private const string Pages = ThemeFolderFiles.TemplatesFolder + "/pages/";

    public const string Layout = LiquidTemplates.Layout;
    public const string SubstancePage = Pages + "SubstancePage.liquid";
    public const string MechanismPage = Pages + "MechanismPage.liquid";
    public const string ReferencePage = Pages + "ReferencePage.liquid";
    public const string ConditionPage = Pages + "ConditionPage.liquid";
    public const string ContentPage = Pages + "ContentPage.liquid";
    public const string HomePage = Pages + "HomePage.liquid";
    public const string ListPage = Pages + "ListPage.liquid";
    public const string NotFoundPage = Pages + "NotFoundPage.liquid";
    public const string EvidenceMapPage = Pages + "EvidenceMapPage.liquid";
    public const string BibliographyPage = Pages + "BibliographyPage.liquid";
    public const string ChangesPage = Pages + "ChangesPage.liquid";

    public const string AuthorDateReferenceList = Components + "author_date_reference_list.liquid";
    public const string Breadcrumbs = Components + "breadcrumbs.liquid";
    public const string CitedReferenceEntry = Components + "cited_reference_entry.liquid";
    public const string CitingPages = Components + "citing_pages.liquid";
    public const string CitingPassage = Components + "citing_passage.liquid";
    public const string EvidenceAtAGlance = Components + "evidence_at_a_glance.liquid";
    public const string EvidenceBadge = Components + "evidence_badge.liquid";
    public const string EvidenceChart = Components + "evidence_chart.liquid";
    public const string EvidenceFlagLabel = Components + "evidence_flag_label.liquid";
    public const string EvidenceGridView = Components + "evidence_grid_view.liquid";
    public const string CitedWorks = Components + "cited_works.liquid";
    public const string PageCards = Components + "page_cards.liquid";
    public const string PageContents = Components + "page_contents.liquid";
    public const string PageList = Components + "page_list.liquid";
    public const string ReaderDate = Components + "reader_date.liquid";
    public const string ReferenceList = Components + "reference_list.liquid";
    public const string RelatedSection = Components + "related_section.liquid";
    public const string RetractionFlagLabel = Components + "retraction_flag_label.liquid";
    public const string RetractionNoticeBox = Components + "retraction_notice_box.liquid";
    public const string ReviewOverdueNotice = Components + "review_overdue_notice.liquid";
    public const string ReviewedDate = Components + "reviewed_date.liquid";
    public const string SearchBox = Components + "search_box.liquid";
}
