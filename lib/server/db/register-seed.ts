import "server-only";
import type { Db } from "./client";
import type { Theme } from "@/lib/generated/prisma/client";

// The public IOP register's starting content: every partnership in the collection of examples from several
// municipalities (docs/domain.md, "The register collection"). Names, public parties, municipalities, years
// and results are as printed there; the short descriptions are our own summaries.

/** Seeded partnerships are current until their end year has passed. */
const REFERENCE_YEAR = 2026;

interface SeedGoal {
  text: string;
  indicator: string;
  target: string;
  result?: string;
}

export interface RegisterSeedEntry {
  title: string;
  municipality: string;
  civil: string[];
  /** [name, department?] */
  public: [string, string?][];
  startYear: number;
  endYear: number;
  themes: Theme[];
  purpose: string;
  targetGroup: string;
  efforts?: string;
  goals?: SeedGoal[];
}

const GBG = "Göteborgs stad";
const MALMO = "Malmö stad";
const UMEA = "Umeå kommun";
const UPPSALA = "Uppsala kommun";
const STHLM = "Stockholms stad";

export const REGISTER_SEED: RegisterSeedEntry[] = [
  // Göteborg
  {
    title: "Trygghet och stöd för unga i och kring Nordstan",
    municipality: "Göteborg",
    civil: ["Skyddsvärnet", "Fryshuset"],
    public: [[GBG, "Socialförvaltningen Centrum"]],
    startYear: 2019,
    endYear: 2023,
    themes: ["YOUTH_EMPLOYMENT", "MENTAL_HEALTH"],
    purpose:
      "Göra offentliga miljöer tryggare och nå unga i social utsatthet med stöd efter var och ens behov.",
    targetGroup: "Ungdomar och unga vuxna i sociala riskmiljöer.",
    efforts: "En mötesplats för unga, mobilt stödteam och en skyddsbuss. Förlängt till 2022–2023.",
    goals: [
      {
        text: "Nå unga i social utsatthet",
        indicator: "Besök på mötesplatsen Pop-In ungdom",
        target: "",
        result: "205 ungdomar besökte lokalen april–oktober 2019",
      },
    ],
  },
  {
    title: "Minskade ojämlikheter och ökad tillit i Hjällbo och Lövgärdet",
    municipality: "Göteborg",
    civil: [
      "Bräcke diakoni",
      "Coompanion",
      "Göteborgs Räddningsmission",
      "Göteborgs Stadsmission",
      "Rädda Barnen",
    ],
    public: [
      [GBG, "Stadsdelsförvaltningen Angered"],
      ["Bostad AB Poseidon"],
      [GBG, "Social resursförvaltning"],
      [GBG, "Idrotts- och föreningsförvaltningen"],
    ],
    startYear: 2019,
    endYear: 2022,
    themes: ["INTEGRATION", "OTHER"],
    purpose:
      "Minska skillnaderna i livsvillkor, öka tryggheten och bygga tillit till varandra och till samhället.",
    targetGroup: "Boende i Hjällbo och Lövgärdet.",
  },
  {
    title: "Grannskapsarbete i Majorna",
    municipality: "Göteborg",
    civil: ["Majornas Samverkansförening"],
    public: [[GBG, "Socialförvaltningen Centrum"], ["Familjebostäder i Göteborg AB"], ["Wallenstam AB"]],
    startYear: 2022,
    endYear: 2022,
    themes: ["OTHER"],
    purpose: "Samla lokalsamhället kring förebyggande arbete för kultur, fritid, trygghet och folkhälsa.",
    targetGroup: "Boende i Majorna.",
  },
  {
    title: "Fritid för unga med funktionsnedsättning",
    municipality: "Göteborg",
    civil: ["Passalen"],
    public: [[GBG, "Socialförvaltningen Centrum"]],
    startYear: 2022,
    endYear: 2023,
    themes: ["YOUTH_EMPLOYMENT"],
    purpose:
      "Fler unga med funktionsnedsättning ska kunna vara med i fritidsaktiviteter och på öppna mötesplatser.",
    targetGroup: "Barn och unga med funktionsnedsättning.",
  },
  {
    title: "Mot ofrivillig ensamhet – Frivilligcentralen Oscar",
    municipality: "Göteborg",
    civil: ["Frivilligcentralen Oscar"],
    public: [[GBG, "Socialförvaltningen Centrum"]],
    startYear: 2022,
    endYear: 2022,
    themes: ["MENTAL_HEALTH"],
    purpose: "Bryta ofrivillig ensamhet och ge fler möjlighet att delta och påverka.",
    targetGroup: "Invånare som är svåra att nå.",
  },
  {
    title: "Lokala mötesplatser – Frivilligcentralen Pärlan",
    municipality: "Göteborg",
    civil: ["Frivilligcentralen Pärlan"],
    public: [[GBG, "Socialförvaltningen Centrum"]],
    startYear: 2022,
    endYear: 2022,
    themes: ["OTHER"],
    purpose: "Göra det lättare att delta genom mötesplatser där invånare själva organiserar sig.",
    targetGroup: "Invånare i stadsdelen.",
  },
  {
    title: "Trygg och meningsfull fritid för barn och unga",
    municipality: "Göteborg",
    civil: ["Riksidrottsförbundet – SISU Västra Götaland"],
    public: [
      [GBG, "Idrotts- och föreningsnämnden"],
      [GBG, "Socialnämnderna"],
    ],
    startYear: 2022,
    endYear: 2023,
    themes: ["YOUTH_EMPLOYMENT"],
    purpose: "Ge barn och unga en trygg, aktiv och meningsfull fritid genom idrott.",
    targetGroup: "Barn och unga 7–25 år i Göteborg.",
  },
  // Malmö
  {
    title: "Carpe Sophia – mentorskap till arbete för utrikesfödda kvinnor",
    municipality: "Malmö",
    civil: ["Internationella kvinnoföreningen i Malmö"],
    public: [[MALMO]],
    startYear: 2015,
    endYear: 2018,
    themes: ["LABOUR_MARKET", "INTEGRATION"],
    purpose: "Stötta arbetslösa kvinnor till egen försörjning genom ett mentorsprogram.",
    targetGroup: "Utrikesfödda kvinnor 20–50 år boende i Malmö.",
    goals: [
      {
        text: "Deltagare får anställning",
        indicator: "Andel deltagare med anställning vid avslut",
        target: "minst 50 %",
        result: "63,5 %",
      },
      {
        text: "Bättre möjligheter, kompetens och självkänsla",
        indicator: "Deltagarnas egen bedömning",
        target: "förbättring",
        result: "Majoriteten upplevde förbättring (enligt verksamhetsledaren)",
      },
    ],
  },
  {
    title: "Mindre ensamhet bland utrikesfödda äldre kvinnor",
    municipality: "Malmö",
    civil: ["Föreningen resurscentrum för kvinnor i Malmö, Winnet Malmö"],
    public: [[MALMO, "Hälsa-, vård- och omsorgsnämnden"]],
    startYear: 2020,
    endYear: 2022,
    themes: ["MENTAL_HEALTH", "INTEGRATION"],
    purpose: "Minska ofrivillig ensamhet.",
    targetGroup: "Utrikesfödda äldre kvinnor.",
  },
  {
    title: "Y-allas väg till arbete 2.0",
    municipality: "Malmö",
    civil: ["Yalla Trappan"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2022,
    endYear: 2023,
    themes: ["LABOUR_MARKET", "INTEGRATION"],
    purpose: "Ge kvinnor långt från arbetsmarknaden en väg till arbete.",
    targetGroup: "Arbetslösa kvinnor som saknar utbildning, erfarenhet, svenska eller kontakter.",
  },
  {
    title: "Karriärmatchning med MFF:s Karriärakademi",
    municipality: "Malmö",
    civil: ["Malmö Fotbollsförening"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2021,
    endYear: 2022,
    themes: ["LABOUR_MARKET"],
    purpose: "Arbetsmarknadsinsatser som leder deltagare till egen försörjning.",
    targetGroup: "Deltagare hos arbetsmarknadsavdelningen.",
  },
  {
    title: "Specialiserad vård och väg till arbete för krigsskadade och torterade",
    municipality: "Malmö",
    civil: ["Röda Korsets behandlingscenter för krigsskadade och torterade (RKC)"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2022,
    endYear: 2022,
    themes: ["MENTAL_HEALTH", "LABOUR_MARKET"],
    purpose: "Specialiserad vård som del av handlingsplanen och bättre förutsättningar för arbete.",
    targetGroup: "Kvinnor och män med krigs- eller tortyrskador.",
  },
  {
    title: "Stiftelsen Botildenborg – närmare arbetsmarknaden",
    municipality: "Malmö",
    civil: ["Stiftelsen Botildenborg"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2022,
    endYear: 2024,
    themes: ["LABOUR_MARKET"],
    purpose: "Arbetslösa Malmöbor ska närma sig arbetsmarknaden och på sikt försörja sig själva.",
    targetGroup: "Arbetslösa Malmöbor.",
  },
  {
    title: "Stöd till utsatta EU-medborgare i Malmö",
    municipality: "Malmö",
    civil: ["Stiftelsen Skåne Stadsmission", "Malmö Pingstförsamling"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2022,
    endYear: 2024,
    themes: ["OTHER"],
    purpose: "Basbehov, information och rådgivning i akuta lägen, och bättre samverkan mellan parterna.",
    targetGroup: "Utsatta EU-medborgare som tillfälligt vistas i Malmö.",
  },
  {
    title: "Mat, natthärbärge och hygien för unga i akut nöd",
    municipality: "Malmö",
    civil: ["Fryshuset Malmö", "Skåne Stadsmission", "Svenska kyrkan Malmö", "Röda Korset Malmökretsen"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2022,
    endYear: 2024,
    themes: ["YOUTH_EMPLOYMENT", "OTHER"],
    purpose: "Förhindra nöd, ge ett socialt sammanhang och slussa vidare till rätt stöd.",
    targetGroup: "Unga utan tak över huvudet.",
  },
  {
    title: "Mat, natthärbärge och hygien för vuxna över 25 år",
    municipality: "Malmö",
    civil: ["Fryshuset Malmö", "Skåne Stadsmission", "Svenska kyrkan"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2022,
    endYear: 2024,
    themes: ["OTHER"],
    purpose: "Förhindra nöd, ge ett socialt sammanhang och slussa vidare till rätt stöd.",
    targetGroup: "Personer över 25 år i akut utsatthet.",
  },
  {
    title: "Behandlingscenter för krigs- och tortyrskadade flyktingar och deras familjer",
    municipality: "Malmö",
    civil: ["Röda Korset"],
    public: [
      [MALMO, "Arbetsmarknads- och socialnämnden"],
      ["Region Skåne", "Hälso- och sjukvårdsnämnden"],
    ],
    startYear: 2021,
    endYear: 2024,
    themes: ["MENTAL_HEALTH", "INTEGRATION"],
    purpose: "Rehabilitering och vård, aktiviteter som stärker barnen och stöd i föräldrarollen.",
    targetGroup: "Krigs- och tortyrskadade flyktingar och deras familjer.",
  },
  {
    title: "Socialt skyddsnät för kvinnor på massagesalonger",
    municipality: "Malmö",
    civil: ["Föreningen Hela Människan i Malmö"],
    public: [[MALMO, "Arbetsmarknads- och socialförvaltningen"]],
    startYear: 2021,
    endYear: 2022,
    themes: ["VIOLENCE_AGAINST_WOMEN"],
    purpose: "Skydd mot exploatering och bättre arbetsvillkor.",
    targetGroup: "Kvinnor som arbetar på massagesalonger.",
  },
  // Uppsala
  {
    title: "Integration, etablering och migration",
    municipality: "Uppsala",
    civil: ["Uppsala Rödakorskrets"],
    public: [
      [UPPSALA, "Arbetsmarknadsnämnden"],
      [UPPSALA, "Kulturnämnden"],
      [UPPSALA, "Socialnämnden"],
    ],
    startYear: 2017,
    endYear: 2019,
    themes: ["INTEGRATION"],
    purpose:
      "Samlad information och stöd kring arbete, hälsa, fritid och krisstöd för en fungerande integration.",
    targetGroup: "Nyanlända, asylsökande, papperslösa och andra migranter i alla åldrar.",
  },
  {
    title: "Ett självvalt liv fritt från våld och förtryck",
    municipality: "Uppsala",
    civil: ["TRIS – Tjejers Rätt i Samhället"],
    public: [
      [UPPSALA, "Arbetsmarknadsnämnden"],
      [UPPSALA, "Utbildningsnämnden"],
      [UPPSALA, "Kulturnämnden"],
    ],
    startYear: 2020,
    endYear: 2023,
    themes: ["VIOLENCE_AGAINST_WOMEN"],
    purpose: "Ge barn, unga och kvinnor möjlighet att leva fritt från våld och förtryck.",
    targetGroup: "Barn, unga och kvinnor.",
  },
  {
    title: "Trygghetsskapande insatser för personer i social utsatthet",
    municipality: "Uppsala",
    civil: ["Uppsala Stadsmission"],
    public: [[UPPSALA, "Socialnämnden"]],
    startYear: 2022,
    endYear: 2025,
    themes: ["MENTAL_HEALTH"],
    purpose: "Trygghet och stöd för den som är hemlös eller har psykisk ohälsa.",
    targetGroup: "Personer i social utsatthet.",
  },
  {
    title: "Stöd för inkludering av nyanlända och migranter",
    municipality: "Uppsala",
    civil: ["Röda Korset"],
    public: [
      [UPPSALA, "Arbetsmarknadsnämnden"],
      [UPPSALA, "Kulturnämnden"],
      [UPPSALA, "Socialnämnden"],
    ],
    startYear: 2020,
    endYear: 2023,
    themes: ["INTEGRATION", "LABOUR_MARKET"],
    purpose: "Hjälpa människor långt från arbetsmarknaden att komma in i samhället.",
    targetGroup: "Nyanlända, asylsökande och andra migranter som behöver socialt stöd.",
  },
  // Örebro
  {
    title: "Vinternatt och Crossroads för utsatta EU/EES-medborgare",
    municipality: "Örebro",
    civil: ["Örebro stadsmission"],
    public: [["Örebro kommun"]],
    startYear: 2018,
    endYear: 2021,
    themes: ["OTHER"],
    purpose:
      "Lindra akut nöd med sovplatser under den kalla delen av året, och motverka ett parallellsamhälle.",
    targetGroup: "Utsatta EU/EES-medborgare i kommunen.",
    efforts:
      "Stadsmissionen driver natthärbärget med volontärer; kommunen bidrar med pengar. Förlängt till 2021.",
  },
  // Umeå
  {
    title: "Mötesplats och natthärbärge för utsatta EU-medborgare",
    municipality: "Umeå",
    civil: ["Umeå pastorat", "Pingstkyrkan i Umeå"],
    public: [[UMEA, "Individ- och familjenämnden"]],
    startYear: 2021,
    endYear: 2023,
    themes: ["OTHER"],
    purpose: "Stärka egenmakt och minska akut nöd genom en öppen mötesplats och ett natthärbärge.",
    targetGroup: "EU-medborgare och andra som tillfälligt vistas i Umeå.",
  },
  {
    title: "Öppet hus, akutboende och barnverksamhet",
    municipality: "Umeå",
    civil: ["Umeå Stadsmission"],
    public: [[UMEA, "Individ- och familjenämnden"]],
    startYear: 2021,
    endYear: 2025,
    themes: ["OTHER"],
    purpose: "Öppet hus och kök, akut och skyddat boende samt verksamhet för barn.",
    targetGroup: "Personer i social utsatthet och deras barn.",
  },
  {
    title: "Skyddat boende för våldsutsatta kvinnor och barn",
    municipality: "Umeå",
    civil: ["Kvinno- och tjejjouren"],
    public: [[UMEA, "Individ- och familjenämnden"]],
    startYear: 2022,
    endYear: 2024,
    themes: ["VIOLENCE_AGAINST_WOMEN"],
    purpose: "Boende och stöd för den som utsatts för våld i nära relation.",
    targetGroup: "Kvinnor och deras barn.",
  },
  {
    title: "Vän i Umeå – integration och gemenskap",
    municipality: "Umeå",
    civil: ["Vän i Umeå"],
    public: [[UMEA, "Individ- och familjenämnden"]],
    startYear: 2022,
    endYear: 2023,
    themes: ["INTEGRATION", "MENTAL_HEALTH"],
    purpose: "Integration och mindre ensamhet genom caféer, idrott, kultur och studiecirklar.",
    targetGroup: "Nyanlända och andra som vill träffa fler.",
  },
  {
    title: "Stöd till brottsutsatta, anhöriga och vittnen i Umeå",
    municipality: "Umeå",
    civil: ["Brottsofferjouren"],
    public: [[UMEA, "Individ- och familjenämnden"]],
    startYear: 2018,
    endYear: 2022,
    themes: ["OTHER"],
    purpose: "Stöd till den som utsatts för brott och till anhöriga och vittnen.",
    targetGroup: "Brottsutsatta, anhöriga och vittnen.",
  },
  // Stockholm
  {
    title: "Street Minds – arbete och entreprenörskap",
    municipality: "Stockholm",
    civil: ["Street Minds", "Street Business"],
    public: [[STHLM, "Enskede-Årsta-Vantörs stadsdelsförvaltning"]],
    startYear: 2021,
    endYear: 2022,
    themes: ["LABOUR_MARKET", "MENTAL_HEALTH"],
    purpose: "Betalt arbete och ett första steg mot arbetsmarknaden utifrån deltagarnas egna idéer.",
    targetGroup: "Personer i social utsatthet med ekonomiskt bistånd och utan egen inkomst.",
    efforts: "Deltagarna utvecklar affärsidéer; efter ett år kan de bli medlemmar i arbetskooperativet.",
  },
  {
    title: "Likvärdigt brottsofferstöd i hela staden",
    municipality: "Stockholm",
    civil: [
      "Brottsofferjouren Stockholm-Gotland",
      "Brottsofferjouren Södra Stockholm",
      "Brottsofferjouren Västerort",
    ],
    public: [
      [STHLM, "Socialtjänstavdelningen"],
      [STHLM, "Administrativa avdelningen"],
    ],
    startYear: 2011,
    endYear: 2023,
    themes: ["OTHER"],
    purpose: "Ett gott och likvärdigt stöd till brottsoffer och mer samverkan med staden.",
    targetGroup: "Brottsoffer i Stockholm.",
  },
  {
    title: "Verksamhet för ensamkommande barn och unga",
    municipality: "Stockholm",
    civil: ["Rädda Barnen", "Svenska Röda Korset", "Stockholms Stadsmission"],
    public: [
      [STHLM, "Avdelningen för stadsövergripande frågor"],
      [STHLM, "Administrativa avdelningen"],
    ],
    startYear: 2022,
    endYear: 2023,
    themes: ["INTEGRATION", "YOUTH_EMPLOYMENT"],
    purpose: "Stöd till ensamkommande som står utanför eller riskerar att hamna utanför samhällets insatser.",
    targetGroup: "Ensamkommande barn, ungdomar och unga vuxna.",
  },
  {
    title: "Stöd till EU-medborgare utan försörjning eller bostad",
    municipality: "Stockholm",
    civil: ["Convictus", "Frälsningsarmén", "Ny Gemenskap", "Stockholms Stadsmission"],
    public: [[STHLM, "Socialförvaltningen"]],
    startYear: 2022,
    endYear: 2023,
    themes: ["OTHER"],
    purpose: "Lindra nöd, upptäcka akuta behov och informera om rättigheter och skyldigheter.",
    targetGroup: "EU-medborgare utan försörjning eller bostad i Sverige.",
  },
  {
    title: "Stödgrupper för barn i familjehem",
    municipality: "Stockholm",
    civil: ["BRIS"],
    public: [
      [STHLM, "Avdelningen för stadsövergripande sociala frågor"],
      [STHLM, "Administrativa avdelningen"],
    ],
    startYear: 2019,
    endYear: 2020,
    themes: ["MENTAL_HEALTH"],
    purpose: "Stödgrupper som på sikt stärker barnens psykiska hälsa.",
    targetGroup: "Barn placerade i familjehem.",
  },
  {
    title: "Förebygga våld i ungas relationer",
    municipality: "Stockholm",
    civil: ["Stiftelsen 1000 Möjligheter"],
    public: [
      [STHLM, "Avdelningen för stadsövergripande sociala frågor"],
      [STHLM, "Socialtjänstavdelningen"],
      [STHLM, "Administrativa avdelningen"],
    ],
    startYear: 2021,
    endYear: 2022,
    themes: ["VIOLENCE_AGAINST_WOMEN", "YOUTH_EMPLOYMENT"],
    purpose: "Mer kunskap om våld i ungas relationer och fler våldsutövare som slutar.",
    targetGroup: "Unga, och unga som utövar våld.",
  },
];

/**
 * Inserts every partnership of REGISTER_SEED that is not there yet (same title and municipality),
 * published, ACTIVE or ENDED by its end year. Returns how many were inserted.
 */
export async function seedRegister(db: Db, now = new Date()): Promise<number> {
  let inserted = 0;
  for (const entry of REGISTER_SEED) {
    const existing = await db.partnership.findFirst({
      where: { title: entry.title, municipality: entry.municipality },
      select: { id: true },
    });
    if (existing) continue;
    await db.partnership.create({
      data: {
        title: entry.title,
        municipality: entry.municipality,
        purpose: entry.purpose,
        targetGroup: entry.targetGroup,
        efforts: entry.efforts ?? "",
        overallGoal: "",
        goals: (entry.goals ?? []).map((g) => ({ ...g })),
        themes: entry.themes,
        startYear: entry.startYear,
        endYear: entry.endYear,
        status: entry.endYear < REFERENCE_YEAR ? "ENDED" : "ACTIVE",
        publishedAt: now,
        published: { content: true, goals: true, results: true, budget: false },
        parties: {
          create: [
            ...entry.civil.map((name, i) => ({ side: "CIVIL_SOCIETY" as const, name, sortOrder: i })),
            ...entry.public.map(([name, department], i) => ({
              side: "PUBLIC" as const,
              name,
              department: department ?? null,
              sortOrder: entry.civil.length + i,
            })),
          ],
        },
      },
    });
    inserted++;
  }
  return inserted;
}
