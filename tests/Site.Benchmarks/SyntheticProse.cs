using System.Globalization;

namespace Site.Benchmarks;

/// <summary>
/// The words of the synthetic site: names of substances, mechanisms and authors, and sentences of the
/// kind a clinical summary is made of, drawn from one seeded <see cref="Random"/> so that the same seed
/// gives the same text. The vocabulary is small; what matters for a benchmark is that the markdown has
/// the length, the punctuation and the inline structure of real pages.
/// </summary>
internal sealed class SyntheticProse(Random random)
{
    private static readonly string[] NameStarts =
        ["Ket", "Meth", "Bupr", "Nal", "Tram", "Cod", "Mor", "Oxy", "Hydr", "Fent", "Ser", "Dex", "Lor", "Clon", "Varen",
         "Cyt", "Bacl", "Gab", "Top", "Modaf", "Psil", "Ibog", "Esk", "Zur", "Lof", "Suv", "Acam", "Disul", "Flum", "Pregab"];
    private static readonly string[] NameMiddles = ["a", "o", "e", "i", "ara", "ope", "ilo", "ema", "uxa", "ori", "ent", "ax"];
    private static readonly string[] NameEnds =
        ["mine", "done", "phine", "xone", "dol", "zepam", "line", "cline", "pentin", "tamine", "zine", "nol", "fen", "pam", "tide", "rex"];
    private static readonly string[] Brands = ["Ketalar", "Subutex", "Zubsolv", "Narcan", "Chantix", "Antabuse", "Lyrica", "Provigil", "Spravato", "Lucemyra"];

    private static readonly string[] Classes =
        ["Dissociative anaesthetic", "Opioid agonist", "Partial opioid agonist", "Opioid antagonist", "Stimulant", "Sedative-hypnotic",
         "Cannabinoid", "Psychedelic", "Benzodiazepine", "Antidepressant", "Nicotinic partial agonist", "GABA-B agonist", "Entactogen",
         "Anticonvulsant", "Alpha-2 agonist"];

    private static readonly string[] Targets =
        ["NMDA receptor", "GABA-A receptor", "mu-opioid receptor", "kappa-opioid receptor", "dopamine transporter", "serotonin 2A receptor",
         "nicotinic acetylcholine receptor", "CB1 receptor", "sigma-1 receptor", "AMPA receptor", "noradrenaline transporter",
         "orexin receptor", "glucocorticoid receptor", "mGluR5", "D2 receptor", "TrkB receptor"];
    private static readonly string[] Actions =
        ["antagonism", "agonism", "partial agonism", "inverse agonism", "positive allosteric modulation", "blockade", "inhibition",
         "desensitisation", "upregulation", "downregulation"];
    private static readonly string[] Regions =
        ["", " in the prefrontal cortex", " in the nucleus accumbens", " in the amygdala", " in the hippocampus", " in the ventral tegmental area"];

    private static readonly string[] Families =
        ["Jones", "Mateus", "Malcolm", "Brady", "Back", "Dakwar", "Krupitsky", "Ezquerra-Romano", "Das", "Grabski", "Morgan", "Curran",
         "Nutt", "Carhart-Harris", "Krystal", "Sanacora", "Zarate", "Berman", "Murrough", "Iosifescu", "Wilkinson", "Abdallah", "Duman",
         "Aghajanian", "Lalanne", "Hilal", "Gubser", "Gent", "Rowland", "Frimpong", "Horowitz", "Nagele", "Schwenk", "Cohen", "Muetzelfeldt",
         "Bisaga", "Levin", "Nunes", "Strang", "Volkow", "Koob", "Everitt", "Robbins", "Kalivas", "Hyman", "Nestler", "Li", "Wang", "Zhang",
         "Chen", "Kim", "Park", "Muller", "Schmidt", "Rossi", "Bianchi", "Garcia", "Martinez", "Silva", "Santos", "O'Brien", "Nielsen"];
    private static readonly string[] Journals =
        ["Addiction", "Drug Alcohol Depend", "Lancet Psychiatry", "J Psychopharmacol", "Front Psychiatry", "Neuropsychopharmacology",
         "Am J Psychiatry", "Psychopharmacology (Berl)", "J Subst Abuse Treat", "BMJ", "Eur Neuropsychopharmacol", "Int J Drug Policy",
         "Addict Biol", "Alcohol Clin Exp Res", "Nicotine Tob Res", "J Clin Psychiatry", "Biol Psychiatry", "JAMA Psychiatry"];
    private static readonly string[] Books =
        ["Handbook of Addiction Medicine", "Principles of Addiction Psychiatry", "The Pharmacology of Drugs of Abuse", "Clinical Neuropharmacology"];
    private static readonly string[] Publishers = ["Oxford University Press", "Springer", "Elsevier", "Cambridge University Press"];
    private static readonly string[] Agencies =
        ["World Health Organization", "National Institute on Drug Abuse", "European Monitoring Centre for Drugs and Drug Addiction", "SAMHSA"];

    private static readonly string[] Outcomes =
        ["craving", "days of use", "relapse", "withdrawal severity", "depressive symptoms", "abstinence", "heavy drinking days",
         "cue reactivity", "sleep quality", "retention in treatment", "anxiety", "overdose risk", "cognitive performance", "self-reported use"];
    private static readonly string[] Populations =
        ["adults with alcohol use disorder", "people with opioid use disorder", "cocaine-dependent adults", "healthy volunteers",
         "adolescents in treatment", "older adults", "people who smoke daily", "patients in detoxification", "outpatients",
         "people with treatment-resistant depression", "rats trained to self-administer", "mice"];
    private static readonly string[] Comparators = ["placebo", "midazolam", "usual care", "a waiting list", "methadone", "naltrexone", "no treatment"];
    private static readonly string[] Adverse =
        ["dissociation", "nausea", "raised blood pressure", "dizziness", "sedation", "headache", "respiratory depression", "insomnia"];
    private static readonly string[] Durations = ["24 hours", "one week", "two weeks", "four weeks", "three months", "six months", "a year"];
    private static readonly string[] Routes = ["Oral", "Intravenous", "Intramuscular", "Intranasal", "Sublingual", "Transdermal"];
    private static readonly string[] Onsets = ["5–10 min", "15–30 min", "30–60 min", "1–2 h", "2–4 h"];
    private static readonly string[] Magnitudes = ["small", "moderate", "large", "clinically meaningful", "not significant"];
    private static readonly string[] Changes = ["a reduction", "an increase", "no change", "a lasting reduction", "a short-lived fall"];

    private static readonly Func<SyntheticProse, string, string>[] ClaimSentences =
    [
        (p, x) => $"{x} reduced {p.Outcome()} in {p.Pick(Populations)} compared with {p.Pick(Comparators)}.",
        (p, x) => $"In {p.Pick(Populations)}, {x} was associated with {p.Pick(Changes)} in {p.Outcome()} over {p.Pick(Durations)}.",
        (p, x) => $"A single {p.Pick(Routes).ToLowerInvariant()} dose of {x} lowered {p.Outcome()} for up to {p.Pick(Durations)}.",
        (p, x) => $"{x} was well tolerated, with {p.Pick(Adverse)} reported in {p.Percent()}% of participants.",
        (p, x) => $"The effect of {x} on {p.Outcome()} was {p.Pick(Magnitudes)} and lasted about {p.Pick(Durations)}.",
        (p, x) => $"Participants who received {x} reported {p.Pick(Changes)} in {p.Outcome()} at {p.Pick(Durations)}.",
        (p, x) => $"Higher doses of {x} were linked to {p.Pick(Adverse)} in {p.Pick(Populations)}.",
        (p, x) => $"Of {p.Participants()} participants given {x}, {p.Percent()}% were abstinent at {p.Pick(Durations)}, against {p.Percent()}% with {p.Pick(Comparators)}.",
    ];

    private static readonly Func<SyntheticProse, string, string>[] MechanismSentences =
    [
        (p, x) => $"{x} is thought to explain part of the change in {p.Outcome()} seen in {p.Pick(Populations)}.",
        (p, x) => $"Blocking {x} in animal models reduced {p.Outcome()} within {p.Pick(Durations)}.",
        (p, x) => $"Imaging studies link {x} to {p.Pick(Changes)} in {p.Outcome()}.",
        (p, x) => $"The evidence that {x} matters in humans is {p.Pick(Magnitudes)} and comes mostly from small studies.",
    ];

    private static readonly (string Level, int Weight, string Design)[] EvidenceLevels =
    [
        ("systematic-review", 10, "a systematic review"), ("meta-analysis", 6, "a systematic review and meta-analysis"),
        ("guideline", 3, "a clinical guideline"), ("rct", 18, "a randomised controlled trial"), ("cohort", 14, "a prospective cohort study"),
        ("case-control", 6, "a case-control study"), ("case-series", 5, "a case series"), ("case-report", 8, "a case report"),
        ("narrative-review", 10, "a narrative review"), ("expert-opinion", 3, "an expert opinion"), ("animal", 12, "a study in rodents"),
        ("in-vitro", 5, "an in vitro study"),
    ];

    /// <summary>A substance name such as "Ketaline": two to three syllables.</summary>
    public string SubstanceName() => Pick(NameStarts) + Pick(NameMiddles) + Pick(NameEnds);

    /// <summary>A mechanism name such as "NMDA receptor antagonism in the amygdala".</summary>
    public string MechanismName() => $"{Pick(Targets)} {Pick(Actions)}{Pick(Regions)}";

    /// <summary>A brand name, for the aliases of a substance.</summary>
    public string Brand() => Pick(Brands) + (random.Next(3) == 0 ? " XR" : "");

    public string SubstanceClass() => Pick(Classes);

    /// <summary>A family name, lower-cased and kebab'd into a citation key by the caller.</summary>
    public string Family() => Pick(Families);

    /// <summary>An author as "Family Initials", the form references are written in.</summary>
    public string Author() => Family() + " " + (char)('A' + random.Next(26)) + (random.Next(2) == 0 ? ((char)('A' + random.Next(26))).ToString() : "");

    public string Journal() => Pick(Journals);

    public string Book() => Pick(Books);

    public string Publisher() => Pick(Publishers);

    public string Agency() => Pick(Agencies);

    public string Route() => Pick(Routes);

    public string Onset() => Pick(Onsets);

    /// <summary>A dose in the form a table shows it.</summary>
    public string Dose() => $"{1 + random.Next(20)}–{21 + random.Next(80)} mg";

    /// <summary>An outcome, now and then emphasised as editors do.</summary>
    public string Outcome() => random.Next(10) == 0 ? $"*{Pick(Outcomes)}*" : Pick(Outcomes);

    /// <summary>A substance's summary: plain text, one sentence.</summary>
    public string SubstanceSummary(string substanceClass) =>
        $"{substanceClass}, studied for its effect on {Pick(Outcomes)} in {Pick(Populations)}.";

    /// <summary>A mechanism's summary: plain text, one sentence.</summary>
    public string MechanismSummary(string mechanism) =>
        $"How {mechanism} may change {Pick(Outcomes)} and {Pick(Outcomes)}.";

    public string Percent() => (5 + random.Next(90)).ToString(CultureInfo.InvariantCulture);

    public string Participants() => (12 + random.Next(400)).ToString(CultureInfo.InvariantCulture);

    /// <summary>One sentence of a claim about <paramref name="subject"/> (a name or a wiki link).</summary>
    public string ClaimSentence(string subject) => Pick(ClaimSentences)(this, subject);

    /// <summary>One sentence about a mechanism, <paramref name="subject"/> being its name or a wiki link to it.</summary>
    public string MechanismSentence(string subject) => Pick(MechanismSentences)(this, subject);

    /// <summary>An evidence level, weighted roughly as a field's literature is, and the phrase a title names its design with.</summary>
    public (string Level, string Design) Evidence()
    {
        var draw = random.Next(EvidenceLevels.Sum(e => e.Weight));
        foreach (var (level, weight, design) in EvidenceLevels)
        {
            if (draw < weight)
            {
                return (level, design);
            }

            draw -= weight;
        }

        throw new InvalidOperationException("the weights do not add up");
    }

    /// <summary>A study title: what was studied, in whom, and the design.</summary>
    public string StudyTitle(string substance, string design) =>
        $"{substance} for {Pick(Outcomes)} in {Pick(Populations)}: {design}";

    /// <summary>The annotation of a reference: what the study did and found.</summary>
    public string Annotation(string design) =>
        $"This is {design} of {Participants()} participants. It measured {Pick(Outcomes)} and {Pick(Outcomes)} over {Pick(Durations)} " +
        $"and reported {Pick(Changes)} against {Pick(Comparators)}.\n\nThe site cites it for its main outcome; {Pick(Adverse)} was the most common adverse event.\n";

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
