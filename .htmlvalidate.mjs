// html-validate's rules for the pages `site build` writes. The test suite runs html-validate with this file over
// every page of the real site (tests/Site.Cli.Tests/RealSiteValidityTests.cs); run by hand, it applies to
// output/ too: tests/tools/node_modules/.bin/html-validate output
//
// A module rather than .htmlvalidate.json so that each departure from the recommended rules can say why:
// JSON has no comments, and html-validate refuses keys it does not know.
export default {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Razor writes the theme's markup as its templates have it: boolean attributes without a value (defer). Both
    // forms are valid HTML; kept on, holding pages to that one form.
    "attribute-boolean-style": ["error", { style: "omit" }],

    // Razor writes a void element whose attributes are computed (<meta content="@...">) self-closed, and one
    // written as plain markup as it is written: both forms are valid HTML, and no reader or browser sees which.
    "void-style": "off",

    // Pages are generated, never edited by hand: a Razor template line whose code renders nothing leaves its
    // indentation behind. Trailing spaces between elements are invisible to readers and browsers alike.
    "no-trailing-whitespace": "off",

    // A reference page is titled with the work's full title, as it is cited; readers, bookmarks and search
    // results need it whole. The 70-character limit is a search-engine display heuristic, not an HTML rule.
    "long-title": "off",

    // The search box is an autocomplete: a text input that is a combobox, its results a listbox of options with
    // marked snippets (WAI-ARIA's combobox pattern). A native <select> can neither be typed in nor hold a result's
    // markup; the rule stays on for every other role.
    "prefer-native-element": ["error", { exclude: ["combobox", "listbox", "option"] }],
  },
};
