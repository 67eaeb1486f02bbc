// Words for dates and times in English, German, Spanish, Portuguese and French, and the time zones alerts name.

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: Record<string, number> = {};
const monthLists = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'jänner feber mrz okt dez',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
];
for (const list of monthLists) list.split(' ').forEach((m, i) => (MONTHS[m] ??= i + 1));
Object.assign(MONTHS, { sept: 9, jänner: 1, feber: 2, mrz: 3, okt: 10, dez: 12, setiembre: 9 });

/** Weekday names → 0 (Sunday) to 6. */
export const WEEKDAYS: Record<string, number> = {};
const dayLists = [
  'sunday monday tuesday wednesday thursday friday saturday',
  'sun mon tue wed thu fri sat',
  'sonntag montag dienstag mittwoch donnerstag freitag samstag',
  'domingo lunes martes miércoles jueves viernes sábado',
  'domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado',
  'dimanche lundi mardi mercredi jeudi vendredi samedi',
];
for (const list of dayLists) list.split(' ').forEach((d, i) => (WEEKDAYS[d] ??= i));
Object.assign(WEEKDAYS, {
  tues: 2,
  thur: 4,
  thurs: 4,
  sonnabend: 6,
  segunda: 1,
  terça: 2,
  quarta: 3,
  quinta: 4,
  sexta: 5,
  miercoles: 3,
  sabado: 6,
});

const alternation = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.]/g, '\\.'))
    .join('|');
export const MONTH_RE = alternation(Object.keys(MONTHS));
export const WEEKDAY_RE = alternation(Object.keys(WEEKDAYS));

/** Time zones by the words alerts use; a function of the alert's language where the words don't settle it. */
const ZONES: [RegExp, string | ((lang: string) => string)][] = [
  [/^(?:utc|gmt|z)$/i, 'UTC'],
  [/^(?:bst|uk time|london time|british (?:summer )?time|hora de londres)$/i, 'Europe/London'],
  [/^(?:ist irl|irish time)$/i, 'Europe/Dublin'],
  [
    /^(?:cet|cest|mez|mesz|central european (?:summer )?time|hora peninsular|heure de paris|heure française|berliner zeit|deutscher zeit|deutsche zeit)$/i,
    (l) => (l === 'fr' ? 'Europe/Paris' : l === 'es' ? 'Europe/Madrid' : 'Europe/Berlin'),
  ],
  [/^(?:wet|west|hora de lisboa|hora portuguesa)$/i, 'Europe/Lisbon'],
  [/^(?:est|edt|et|eastern(?: time)?)$/i, 'America/New_York'],
  [/^(?:cst|cdt|ct|central(?: time)?)$/i, 'America/Chicago'],
  [/^(?:mst|mdt|mt|mountain(?: time)?)$/i, 'America/Denver'],
  [/^(?:pst|pdt|pt|pacific(?: time)?)$/i, 'America/Los_Angeles'],
  [/^(?:aest|aedt)$/i, 'Australia/Sydney'],
  [/^(?:nzst|nzdt)$/i, 'Pacific/Auckland'],
  [/^(?:brt|brst|hora de brasília|horário de brasília|hora de brasilia|horário de brasilia)$/i, 'America/Sao_Paulo'],
  [/^(?:art|hora argentina)$/i, 'America/Argentina/Buenos_Aires'],
  [/^(?:clt|clst|hora de chile)$/i, 'America/Santiago'],
  [/^(?:hora de méxico|hora del centro|cdmx)$/i, 'America/Mexico_City'],
  [/^(?:sast)$/i, 'Africa/Johannesburg'],
  [/^(?:eat)$/i, 'Africa/Nairobi'],
  [/^(?:wat)$/i, 'Africa/Lagos'],
  [/^(?:ist)$/i, 'Asia/Kolkata'],
];
export const ZONE_RE =
  '(?:UTC|GMT)\\s?[+−-]\\s?\\d{1,2}(?::?00)?|UTC|GMT|BST|CEST|CET|MESZ|MEZ|WEST|WET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AEST|AEDT|NZST|NZDT|BRT|BRST|ART|CLST|CLT|SAST|EAT|WAT|IST|ET|PT|CT|UK time|London time|British (?:Summer )?Time|Central European (?:Summer )?Time|Eastern(?: Time)?|Pacific(?: Time)?|hora peninsular|hora de Brasília|horário de Brasília|hora de Lisboa|hora de México|hora argentina|heure de Paris|heure française|Berliner Zeit|deutscher Zeit';

/** The IANA time zone for the words of a zone ("EDT", "UK time", "UTC+2"); undefined when unknown. */
export function zoneOf(words: string, lang: string): string | undefined {
  const offset = /^(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})/i.exec(words);
  if (offset) {
    const n = Number(offset[2]);
    if (n === 0) return 'UTC';
    return n <= 14 ? `Etc/GMT${offset[1] === '+' ? '-' : '+'}${n}` : undefined; // IANA's Etc zones have the sign reversed
  }
  const z = ZONES.find(([re]) => re.test(words.trim()));
  return z && (typeof z[1] === 'string' ? z[1] : z[1](lang));
}

/** Where the alert's places put it, when it names no zone: a guess, reported as one. */
export const PLACE_ZONES: [RegExp, string][] = [
  [/\b(?:UK|United Kingdom|London|Westminster|England|Scotland|Wales|Britain|British)\b/u, 'Europe/London'],
  [/\b(?:Ireland|Dublin|Éire)\b/u, 'Europe/Dublin'],
  [/\b(?:Deutschland|Berlin|Bundestag|München|Hamburg|Köln)\b/u, 'Europe/Berlin'],
  [/\b(?:Österreich|Wien)\b/u, 'Europe/Vienna'],
  [/\b(?:España|Madrid|Barcelona|Congreso de los Diputados)\b/u, 'Europe/Madrid'],
  [/\b(?:Brasil|Brasília|São Paulo|Rio de Janeiro)\b/u, 'America/Sao_Paulo'],
  [/\b(?:Portugal|Lisboa|Porto)\b/u, 'Europe/Lisbon'],
  [/\b(?:France|Paris|Assemblée nationale)\b/u, 'Europe/Paris'],
  [/\b(?:México|Mexico City|CDMX)\b/u, 'America/Mexico_City'],
  [/\b(?:Argentina|Buenos Aires)\b/u, 'America/Argentina/Buenos_Aires'],
];
