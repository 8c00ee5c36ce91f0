import "server-only";
import type { SECTIONS } from "@/lib/domain/intake/sections";
import type { ThemeName } from "@/lib/domain/themes";

// What the demo's organisations wrote in the request form: every field of every section, so each
// demo case answers all eleven checklist items (lib/domain/intake/sections.ts). The type is derived
// from the sections, so a field added to the form fails to compile here until the demo answers it.
// Every organisation and person is invented; addresses are under .example, which never receives mail.

type Section = (typeof SECTIONS)[number];
export type CompleteAnswers = {
  [S in Section as S["id"]]: {
    [F in S["fields"][number] as F["name"]]: F["type"] extends "themes" ? ThemeName[] : string;
  };
};

/** The request that the demo's lawyer is asked about (README: an opinion asked of the lawyer). */
export const CONSULTED: CompleteAnswers = {
  organisation: {
    name: "Stiftelsen Returhuset Sörby",
    orgNumber: "802456-7896",
    form: "FOUNDATION",
    website: "https://returhuset.example",
  },
  contact: { name: "Per Dahlgren", email: "per@returhuset.example", phone: "070-000 00 02" },
  themes: { themes: ["LABOUR_MARKET"] },
  activity: {
    orientation: "Vi driver en second hand-butik och en reparationsverkstad för möbler och cyklar i Sörby.",
    purpose: "Att ge människor som stått länge utan arbete en väg tillbaka genom riktiga arbetsuppgifter.",
    staffing: "Tre anställda arbetsledare och omkring femton volontärer i butiken.",
    premises: "Butik och verkstad på 600 kvadratmeter i industriområdet vid Sörby station.",
    funding: "Försäljningen i butiken bär verksamheten; gåvor och ett mindre bidrag från Arbetsförmedlingen.",
    budget: "Omsättning omkring 2,4 miljoner kronor per år, varav 1,9 miljoner från försäljningen.",
  },
  idea: {
    title: "Arbetsträning i second hand-butik för 25 deltagare",
    description:
      "Vi vill ta emot 25 deltagare om året från försörjningsstödet för arbetsträning i butik, lager och verkstad, med en handledare per fem deltagare och ett intyg om vad var och en har lärt sig.",
  },
  activities: {
    activities:
      "Arbetsträning fyra dagar i veckan, en dag med svenska på arbetsplatsen och yrkesvägledning, studiebesök hos lokala arbetsgivare och ett avslutande samtal om nästa steg.",
  },
  collaboration: {
    competence: "Lång erfarenhet av arbetsledning för personer som står långt från arbetsmarknaden.",
    cofunding: "Butikens överskott betalar arbetsledarnas tid till hälften.",
    arenas: "Butiken är en naturlig mötesplats där deltagarna möter kunder varje dag.",
  },
  targetGroup: {
    who: "Vuxna som har haft försörjningsstöd i mer än ett år.",
    needs: "Arbetslivserfarenhet, referenser och en vardag med fasta tider.",
    how: "Genom kommunens arbetsmarknadsenhet, som anvisar deltagare efter samtal med var och en.",
  },
  organisationStructure: {
    board: "Stiftelsens styrelse har fem ledamöter, utsedda av grundarna och kyrkans församlingsråd.",
    management: "En verksamhetschef leder butiken och arbetsledarna.",
    employees: "3",
    volunteers: "15",
  },
  competence: {
    have: "Arbetsledare med utbildning i handledning och erfarenhet från socialt arbete.",
    need: "Stöd i att bedöma deltagarnas arbetsförmåga och i kontakten med försörjningsstödet.",
  },
  partners: { partners: "Arbetsförmedlingen och två lokala möbelföretag som tar emot praktikanter." },
  partnerHow: {
    premises: "Inga lokaler behövs av kommunen.",
    competence: "En arbetsmarknadskonsulent som följer deltagarna.",
    funding: "Ersättning för handledarnas tid med 300 000 kronor per år.",
    tasks: "Kommunen anvisar deltagare och håller i uppföljningssamtalen.",
  },
  other: {
    other: "Vi undrar om samarbetet kan bli ett IOP eller om arbetsträningen måste upphandlas.",
  },
};

/** The demo's newest request, still at RECEIVED, with a document sent with it. */
export const RECEIVED: CompleteAnswers = {
  organisation: {
    name: "Föreningen Brobyggarna",
    orgNumber: "802412-3450",
    form: "ASSOCIATION",
    website: "https://brobyggarna.example",
  },
  contact: { name: "Amira Sandell", email: "amira@brobyggarna.example", phone: "070-000 00 01" },
  themes: { themes: ["INTEGRATION", "LABOUR_MARKET"] },
  activity: {
    orientation: "Vi ordnar läxhjälp, språkträning och mentorskap för nyanlända i Sörby sedan 2017.",
    purpose: "Att nyanlända ska lära sig svenska snabbare och hitta sitt första arbete.",
    staffing: "En anställd samordnare på halvtid och 40 aktiva volontärer.",
    premises: "Vi hyr ett rum i Medborgarhuset två kvällar i veckan.",
    funding: "Medlemsavgifter, föreningsbidrag och en insamling varje höst.",
    budget: "Omkring 350 000 kronor per år.",
  },
  idea: {
    title: "Läxhjälp och matchning mot praktikplatser för nyanlända",
    description:
      "Läxhjälp två kvällar i veckan för elever på SFI och i gymnasiets språkintroduktion, och stöd att hitta praktik hos lokala arbetsgivare genom volontärernas egna nätverk.",
  },
  activities: {
    activities:
      "Läxhjälp tisdagar och torsdagar, en praktikbank med lokala arbetsgivare, mentorsträffar varannan vecka och två studiebesök per termin.",
  },
  collaboration: {
    competence: "Volontärer med yrkeserfarenhet från vård, handel och bygg som kan berätta om sina yrken.",
    cofunding: "Ideell tid motsvarande ungefär 3 000 timmar om året.",
    arenas: "Kontakter med företagarföreningen och med föräldrar i stadsdelen.",
  },
  targetGroup: {
    who: "Nyanlända 16–40 år som läser på SFI eller språkintroduktion.",
    needs: "Mer tid att öva svenska och kontakter med arbetsgivare som de inte har själva.",
    how: "Genom SFI-lärarna, biblioteket och våra egna deltagare som tar med sig vänner.",
  },
  organisationStructure: {
    board: "Styrelsen har sju ledamöter som väljs av årsmötet.",
    management: "Samordnaren leder det dagliga arbetet på styrelsens uppdrag.",
    employees: "1",
    volunteers: "40",
  },
  competence: {
    have: "Pedagoger och språkstödjare bland volontärerna, och erfarenhet av mentorskap.",
    need: "Kunskap om arbetsmarknadens regler för praktik och om kommunens vuxenutbildning.",
  },
  partners: { partners: "Sörby företagarförening och biblioteket." },
  partnerHow: {
    premises: "Ett större rum i Medborgarhuset en tredje kväll i veckan.",
    competence: "Kontakt med SFI och vuxenutbildningens studievägledare.",
    funding: "Bidrag till samordnarens lön med 150 000 kronor per år.",
    tasks: "Kommunen sprider information om verksamheten till eleverna.",
  },
  other: { other: "Vår verksamhetsplan för nästa år är bifogad." },
};

/** A request the lots has reviewed, skipped experts for and presented. */
export const PRESENTED: CompleteAnswers = {
  organisation: {
    name: "Föreningen Nattugglorna Sörby",
    orgNumber: "802501-2348",
    form: "ASSOCIATION",
    website: "https://nattugglorna.example",
  },
  contact: { name: "Lisa Öhman", email: "lisa@nattugglorna.example", phone: "070-000 00 03" },
  themes: { themes: ["YOUTH_EMPLOYMENT", "RURAL_ACTIVITIES"] },
  activity: {
    orientation: "Vuxna som nattvandrar i Sörby centrum fredagar och lördagar sedan 2015.",
    purpose: "Att fler unga ska vara trygga ute på kvällarna och ha vuxna att prata med.",
    staffing: "Bara ideella: omkring 60 nattvandrare, varav 20 vandrar varje månad.",
    premises: "En samlingslokal i kyrkans församlingshem.",
    funding: "Medlemsavgifter och gåvor från lokala företag.",
    budget: "Omkring 80 000 kronor per år, mest till västar, telefoner och fika.",
  },
  idea: {
    title: "Fler vuxna som nattvandrar i centrum och på landsbygden",
    description:
      "Vi vill dubbla antalet nattvandrare, börja vandra i tre byar utanför centralorten och utbilda alla nya vandrare i samtal med unga och i första hjälpen.",
  },
  activities: {
    activities:
      "Rekryteringskvällar varje kvartal, en grundutbildning för nya vandrare, vandringar fredag och lördag i centrum och en kväll i månaden i varje by.",
  },
  collaboration: {
    competence: "Många års erfarenhet av att möta unga ute på kvällar och nätter.",
    cofunding: "Ideell tid motsvarande omkring 4 000 timmar om året.",
    arenas: "Föräldrar i hela kommunen, skolornas föräldraråd och byalagen.",
  },
  targetGroup: {
    who: "Ungdomar 13–20 år som är ute på kvällarna i centrum och i byarna.",
    needs: "Trygga vuxna, någon att prata med och hjälp när något har hänt.",
    how: "Vi finns där de unga är, och fritidsgården berättar om oss.",
  },
  organisationStructure: {
    board: "En styrelse på fem personer, vald av årsmötet.",
    management: "Styrelsen leder arbetet; en vandringsansvarig planerar schemat.",
    employees: "0",
    volunteers: "60",
  },
  competence: {
    have: "Utbildning i samtal med unga och i första hjälpen för alla vandrare.",
    need: "Kunskap om hur vi når föräldrar på landsbygden och om kommunens arbete mot droger.",
  },
  partners: { partners: "Polisen i Sörby, församlingen och tre byalag." },
  partnerHow: {
    premises: "Tillgång till skolornas lokaler för utbildningskvällarna.",
    competence: "Fältassistenterna följer med vid utbildningen.",
    funding: "Bidrag till utrustning och resor med 60 000 kronor per år.",
    tasks: "Kommunen delar sin lägesbild med oss inför helger och lov.",
  },
  other: { other: "Inget mer just nu." },
};

/** A request with a decision proposal waiting for the demo kommundirektör. */
export const PROPOSED: CompleteAnswers = {
  organisation: {
    name: "Kvinnojouren i Sörby",
    orgNumber: "802433-1111",
    form: "ASSOCIATION",
    website: "https://kvinnojourensorby.example",
  },
  contact: { name: "Sofia Lundin", email: "sofia@kvinnojourensorby.example", phone: "070-000 00 04" },
  themes: { themes: ["VIOLENCE_AGAINST_WOMEN", "RURAL_ACTIVITIES"] },
  activity: {
    orientation: "Stödsamtal, jourtelefon och skyddat boende för kvinnor som utsatts för våld.",
    purpose: "Att ingen kvinna i kommunen ska behöva stanna hos någon som slår henne.",
    staffing: "Två anställda och tolv utbildade jourkvinnor.",
    premises: "Ett skyddat boende med tre lägenheter och ett kontor på hemlig adress.",
    funding: "Bidrag från kommunen och Socialstyrelsen, medlemsavgifter och gåvor.",
    budget: "Omkring 1,6 miljoner kronor per år.",
  },
  idea: {
    title: "Stödsamtal och skyddat boende för kvinnor på landsbygden",
    description:
      "Mobila stödsamtal i byarna, så att kvinnor utan bil eller buss kan få stöd, och två platser i det skyddade boendet som kommunen kan använda med kort varsel.",
  },
  activities: {
    activities:
      "Stödsamtal på bibliotek och vårdcentraler i byarna varannan vecka, jourtelefon dygnet runt och skyddat boende med stöd av jourkvinnorna.",
  },
  collaboration: {
    competence: "Erfarenhet av stöd till våldsutsatta kvinnor sedan 1998.",
    cofunding: "Ideell jourtid, omkring 2 500 timmar om året.",
    arenas: "Förtroende hos kvinnor som inte vill vända sig till myndigheter.",
  },
  targetGroup: {
    who: "Kvinnor och deras barn på landsbygden som utsätts för våld i nära relation.",
    needs: "Stöd nära hemmet, skydd med kort varsel och hjälp i kontakten med myndigheter.",
    how: "Genom vårdcentralerna, socialtjänsten och vår egen jourtelefon.",
  },
  organisationStructure: {
    board: "Styrelsen har sex ledamöter valda av årsmötet.",
    management: "En verksamhetsledare leder de anställda och jourkvinnorna.",
    employees: "2",
    volunteers: "12",
  },
  competence: {
    have: "Utbildning i stödsamtal, riskbedömning och barns behov.",
    need: "Stöd i samordningen med socialtjänstens våldsteam.",
  },
  partners: { partners: "Vårdcentralerna i byarna och Brottsofferjouren i länet." },
  partnerHow: {
    premises: "Rum för samtal på biblioteken i byarna.",
    competence: "Socialtjänstens våldsteam i gemensamma ärendegenomgångar.",
    funding: "200 000 kronor per år och boendeplatserna ersatta per dygn.",
    tasks: "Socialtjänsten placerar kvinnor i boendet och följer upp tillsammans med oss.",
  },
  other: { other: "Vi kan börja med samtalen i byarna redan i vår." },
};

/** Declined: the library already runs the same thing (the registrar's closed case). */
export const DECLINED: CompleteAnswers = {
  organisation: {
    name: "Studieförbundet Bildning Sörby",
    orgNumber: "802477-1233",
    form: "ASSOCIATION",
    website: "https://bildningsorby.example",
  },
  contact: { name: "Hanna Berglund", email: "hanna@bildningsorby.example", phone: "070-000 00 05" },
  themes: { themes: ["INTEGRATION"] },
  activity: {
    orientation: "Studiecirklar, kurser och kulturprogram för vuxna i hela kommunen.",
    purpose: "Att alla ska kunna lära sig mer tillsammans med andra.",
    staffing: "Fyra anställda och omkring 80 cirkelledare.",
    premises: "Egna kurslokaler i centrum.",
    funding: "Statsbidrag via Folkbildningsrådet, kursavgifter och kommunalt bidrag.",
    budget: "Omkring 4 miljoner kronor per år.",
  },
  idea: {
    title: "Språkcafé och samhällsorientering på biblioteket",
    description:
      "Ett språkcafé en kväll i veckan på biblioteket, där deltagarna övar svenska och får samhällsorientering om skola, vård och arbete.",
  },
  activities: { activities: "Språkcafé varje onsdag och fyra temakvällar per termin med inbjudna gäster." },
  collaboration: {
    competence: "Vana cirkelledare i svenska som andraspråk.",
    cofunding: "Cirkelledarnas tid betalas delvis av statsbidraget.",
    arenas: "Kontakt med många deltagare i våra andra kurser.",
  },
  targetGroup: {
    who: "Vuxna nyanlända i kommunen.",
    needs: "Att öva svenska i vardagliga samtal.",
    how: "Genom våra kurser och affischer på biblioteket.",
  },
  organisationStructure: {
    board: "En styrelse vald av medlemsorganisationerna.",
    management: "En rektor leder verksamheten.",
    employees: "4",
    volunteers: "80",
  },
  competence: { have: "Folkbildning och svenska som andraspråk.", need: "Inget särskilt." },
  partners: { partners: "Biblioteket och två invandrarföreningar." },
  partnerHow: {
    premises: "Bibliotekets hörsal en kväll i veckan.",
    competence: "Bibliotekarier som visar bibliotekets tjänster.",
    funding: "100 000 kronor per år till cirkelledarna.",
    tasks: "Biblioteket marknadsför språkcaféet.",
  },
  other: { other: "Vi kan också erbjuda barnpassning under kvällarna." },
};

/** Granted as IOP by the director: becomes the demo's active partnership. */
export const GRANTED_ACTIVE: CompleteAnswers = {
  organisation: {
    name: "Föreningen Kompassen Unga",
    orgNumber: "802519-4427",
    form: "ASSOCIATION",
    website: "https://kompassen.example",
  },
  contact: { name: "Lena Nordin", email: "lena@kompassen.example", phone: "070-000 00 06" },
  themes: { themes: ["YOUTH_EMPLOYMENT", "LABOUR_MARKET"] },
  activity: {
    orientation: "Mentorskap och praktik för unga vuxna som varken arbetar eller studerar.",
    purpose: "Fler unga vuxna i arbete eller studier.",
    staffing: "En samordnare på halvtid och 30 ideella mentorer.",
    premises: "Vi träffas i Medborgarhuset och hos de företag som tar emot praktikanter.",
    funding: "Medlemsavgifter, gåvor från företag och ett bidrag från en stiftelse.",
    budget: "Omkring 500 000 kronor per år.",
  },
  idea: {
    title: "Vägen till arbete – praktik och stöd för unga vuxna",
    description:
      "Unga vuxna som står långt från arbetsmarknaden får en mentor, en praktikplats hos ett lokalt företag och handledning tills de har ett arbete eller har börjat studera.",
  },
  activities: {
    activities:
      "Ett första samtal och en plan för varje deltagare, praktik tre dagar i veckan, mentorsträffar varje vecka och gruppträffar om arbetslivet en gång i månaden.",
  },
  collaboration: {
    competence: "Mentorer med egen erfarenhet av arbetslöshet och av att anställa.",
    cofunding: "Ideell mentorstid, omkring 1 700 timmar om året, och samordnarens lön till hälften.",
    arenas: "Ett nätverk av 25 företag som tar emot praktikanter.",
  },
  targetGroup: {
    who: "Unga vuxna 18–29 år utan arbete eller studier.",
    needs: "En vuxen som tror på dem, erfarenhet från en riktig arbetsplats och stöd i det första jobbet.",
    how: "Genom kommunens aktivitetsansvar, arbetsmarknadsenheten och våra egna deltagare.",
  },
  organisationStructure: {
    board: "Styrelsen har fem ledamöter, varav två tidigare deltagare.",
    management: "Samordnaren leder mentorerna och kontakten med företagen.",
    employees: "1",
    volunteers: "30",
  },
  competence: {
    have: "Mentorskap, kontakter med arbetsgivare och erfarenhet av unga i utanförskap.",
    need: "Kunskap om studievägar och om arbetsmarknadens stöd till arbetsgivare.",
  },
  partners: { partners: "Sörby företagarförening och vuxenutbildningen." },
  partnerHow: {
    premises: "Ett rum i Medborgarhuset för mentorsträffarna.",
    competence: "En arbetsmarknadskonsulent som deltar i uppföljningen.",
    funding: "Ett verksamhetsbidrag på 400 000 kronor per år.",
    tasks: "Kommunen anvisar deltagare och följer upp resultaten varje kvartal.",
  },
  other: { other: "Vi vill gärna börja till terminsstarten." },
};

/** Granted as IOP by the committee: its agreement is out for signing. */
export const GRANTED_SIGNING: CompleteAnswers = {
  organisation: {
    name: "Föreningen Mötesplats Norr",
    orgNumber: "802533-1235",
    form: "ASSOCIATION",
    website: "https://motesplatsnorr.example",
  },
  contact: { name: "Samira Holmqvist", email: "samira@motesplatsnorr.example", phone: "070-000 00 07" },
  themes: { themes: ["INTEGRATION"] },
  activity: {
    orientation: "Läxhjälp och föräldraträffar i stadsdelen Norr sedan 2019.",
    purpose: "Fler elever i Norr når godkända betyg.",
    staffing: "En anställd på deltid och 25 frivilliga läxhjälpare.",
    premises: "En lokal i bottenvåningen på Norrgården.",
    funding: "Föreningsbidrag, gåvor och avgifter för föräldrakurserna.",
    budget: "Omkring 300 000 kronor per år.",
  },
  idea: {
    title: "Mötesplats Norr – läxhjälp och föräldrastöd",
    description:
      "Barn i årskurs 4–9 får läxhjälp två kvällar i veckan, och deras föräldrar en plats för frågor om skolan.",
  },
  activities: {
    activities:
      "Läxhjälp måndagar och onsdagar, föräldrakaféer en gång i månaden och stöd inför utvecklingssamtal.",
  },
  collaboration: {
    competence: "Frivilliga lärare och studenter som kan ämnena.",
    cofunding: "Ideell tid och lokalen, som föreningen hyr själv.",
    arenas: "Förtroende hos föräldrar som sällan kommer till skolan.",
  },
  targetGroup: {
    who: "Barn i årskurs 4–9 och deras föräldrar i Norr.",
    needs: "Hjälp med läxorna och föräldrar som förstår skolans krav.",
    how: "Genom skolan, moskén och föräldrarna själva.",
  },
  organisationStructure: {
    board: "Styrelsen har fem ledamöter, alla föräldrar i Norr.",
    management: "Verksamhetsledaren planerar kvällarna.",
    employees: "1",
    volunteers: "25",
  },
  competence: {
    have: "Läxhjälpare med lärarbakgrund och föräldrar som talar sju språk.",
    need: "Kunskap om skolans stöd till elever som inte når målen.",
  },
  partners: { partners: "Norrskolan och studieförbundet i Sörby." },
  partnerHow: {
    premises: "Skolans bibliotek en kväll i veckan.",
    competence: "Skolans lärare på föräldrakaféerna.",
    funding: "150 000 kronor per år till läxhjälpen.",
    tasks: "Skolan berättar om läxhjälpen för eleverna.",
  },
  other: { other: "Vi har ordnat läxhjälp med frivilliga sedan 2019." },
};

/** The question path's one section. */
export const QUESTION = {
  name: "Nils Åberg",
  email: "nils@folketshussorby.example",
  organisation: "Folkets Hus Sörby",
  question: "Kan en förening söka IOP och föreningsbidrag samtidigt, för olika delar av verksamheten?",
};
