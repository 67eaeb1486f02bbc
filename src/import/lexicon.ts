// The words the importer reads an alert by, in English, German, Spanish, Portuguese and French. All
// languages' cues are matched in every alert (alerts mix languages; the cost is nil); matching is by whole
// words, case-insensitive (see wordsPattern). The longer lists run in that order of languages, a line or more
// for each.
import { wordsPattern } from './language.js';

/** Words that make the handles after them targets: those the supporter is asked to tweet at, ask or thank. */
export const TARGET_CUES = wordsPattern([
  'tweet', 'tweets', 'tweeting', 'tweet at', 'tweet to', 'post to', 'write to', 'ask', 'asking', 'urge', 'urging',
  'call on', 'calling on', 'tell', 'thank', 'thanks', 'contact', 'message', 'reach out to', 'demand', 'remind',
  'target', 'targets', 'who to tweet', 'lobby', 'appeal to', 'challenge', 'support', 'tweet your support', 'pressure',
  'twittert', 'twittern', 'schreibt', 'schreiben', 'schreib', 'fordert', 'fordern', 'bittet', 'bitten', 'dankt',
  'danken', 'auffordern', 'kontaktiert', 'appelliert',
  'tuitea', 'tuitead', 'tuiteen', 'tuitear', 'escribe', 'escribid', 'escribir', 'pide', 'pedid', 'pedir', 'exige',
  'exigid', 'exigir', 'agradece', 'dirígete', 'contacta',
  'tuíte', 'tuitem', 'twitte', 'escreva', 'escrevam', 'peça', 'peçam', 'cobre', 'cobrem', 'exija', 'exijam', 'agradeça',
  'tweetez', 'écrivez', 'demandez', 'interpellez', 'exigez', 'remerciez', 'contactez',
]);

/** Words after a handle that make it a target whatever came before ("Tag @X asking them to…"). */
export const ASKING_CUES = wordsPattern([
  'asking', 'asking them', 'urging', 'calling on', 'demanding', 'and ask', 'and urge', 'and demand', 'and tell',
  'und fordert', 'und fordern', 'und bittet', 'auffordernd',
  'pidiendo', 'pidiéndoles', 'pidiéndole', 'exigiendo', 'y pide', 'y pedid', 'y exige',
  'pedindo', 'exigindo', 'cobrando', 'e peça', 'e peçam', 'e exija', 'e cobre',
  'demandant', 'exigeant', 'et demandez', 'et exigez',
]);

/** Words that make the handles after them cc: accounts to copy in, tag, or send the tweets to. */
export const CC_CUES = wordsPattern([
  'cc', 'c.c.', 'copy in', 'copying in', 'copy us', 'tag', 'tagging', 'tag us', 'mention us', 'send us',
  'send us your tweets', 'send your tweets to', 'send your tweets', 'include', 'let us know', 'share with us', 'and us',
  'via',
  'markiert', 'markieren', 'markiere', 'in kopie', 'schickt uns', 'sendet uns', 'verlinkt', 'verlinken',
  'etiqueta', 'etiquetad', 'etiquetar', 'etiquetando', 'menciona', 'mencionar', 'con copia', 'envíanos', 'mándanos',
  'copia a',
  'marque', 'marquem', 'marcar', 'marcando', 'mencione', 'mencionem', 'com cópia', 'envie-nos', 'enviem-nos',
  'taguez', 'taggez', 'identifiez', 'mentionnez', 'en copie', 'mettez en copie', 'envoyez-nous',
]);

/** Words that make the handles and hashtags after them neither: accounts to counter, not to address. */
export const OTHER_CUES = wordsPattern([
  'counter', 'oppose', 'opposing', 'against', 'opponents', 'misrepresents', 'misrepresent', "don't tag", 'do not tag',
  "don't tweet", 'do not tweet', "don't use", 'do not use', 'follow us', 'follow', 'photo', 'credit', 'image',
  'gegen', 'folgt', 'folgen', 'nicht markieren',
  'contra', 'síguenos', 'sigue', 'no etiquetes',
  'siga', 'sigam', 'não marque',
  'contre', 'suivez', 'suivez-nous', 'ne taguez pas',
]);

/** Headings over sample tweets. */
export const SAMPLE_HEADING = wordsPattern([
  'sample tweets', 'sample tweet', 'model tweets', 'model tweet', 'suggested tweets', 'suggested tweet',
  'example tweets', 'example tweet', 'tweet examples', 'sample posts', 'suggested posts', 'example posts',
  'sample messages', 'suggested messages', 'suggested text', 'sample text', 'tweets', 'tweet ideas', 'draft tweets',
  'template tweets', 'tweet templates', 'what to tweet', 'copy and paste',
  'beispieltweets', 'beispiel-tweets', 'mustertweets', 'muster-tweets', 'tweetvorschläge', 'tweet-vorschläge',
  'vorschläge', 'textvorschläge', 'beispieltexte', 'beispiele',
  'tuits de ejemplo', 'ejemplos de tuits', 'tuits sugeridos', 'mensajes sugeridos', 'ejemplos de tweets',
  'tweets de ejemplo', 'modelos de tuits', 'propuestas de tuits', 'tuits',
  'exemplos de tweets', 'sugestões de tweets', 'tweets sugeridos', 'modelos de tweets', 'mensagens sugeridas',
  'sugestões de mensagens', 'exemplos de posts',
  'exemples de tweets', 'tweets suggérés', 'modèles de tweets', 'propositions de tweets', 'messages suggérés',
  'exemples de messages',
]);

/** Words that introduce a list of organisations ("for example: A, B, C"). */
export const LIST_CUES = wordsPattern([
  'for example', 'for instance', 'such as', 'e.g.', 'eg', 'including', 'like', 'namely',
  'zum beispiel', 'z.b.', 'z. b.', 'beispielsweise', 'etwa', 'wie', 'darunter',
  'por ejemplo', 'como', 'tales como', 'entre ellas', 'entre ellos', 'p. ej.',
  'por exemplo', 'tais como', 'entre elas', 'entre eles',
  'par exemple', 'comme', 'tels que', 'telles que', 'notamment', 'dont',
]);

/** Ambiguous list words ("like", "wie", "como", "comme"): a list only after a word for organisations. */
export const WEAK_LIST_CUES = wordsPattern(['like', 'wie', 'como', 'comme', 'etwa', 'dont', 'including', 'darunter']);
/** Words for organisations ("groups such as …"): after one, a weak list word starts a list. */
export const ORG_NOUNS = wordsPattern([
  'organisations', 'organizations', 'groups', 'charities', 'unions', 'trade unions', 'companies', 'brands', 'ngos',
  'politicians', 'mps', 'meps', 'councils', 'parties', 'institutions', 'agencies', 'networks', 'allies', 'members',
  'organisationen', 'verbände', 'vereine', 'gruppen', 'gewerkschaften', 'parteien', 'unternehmen', 'institutionen',
  'abgeordnete',
  'organizaciones', 'entidades', 'colectivos', 'sindicatos', 'partidos', 'empresas', 'instituciones',
  'organizações', 'entidades', 'coletivos', 'sindicatos', 'partidos', 'empresas', 'instituições',
  'organisations', 'associations', 'syndicats', 'partis', 'entreprises', 'collectifs',
]);

/** Words at the start of a name run that are not part of a name ("Tweet @X", "Monday: @X"). */
export const NOT_NAMES = new Set(
  `please tweet tweets send ask thank thanks tell contact tag follow call email write join share post retweet use to and or cc the a an our your my we you i dear hi hello also then now today tomorrow step day
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  bitte an und oder liebe lieber hallo schreibt twittert folgt markiert montag dienstag mittwoch donnerstag freitag samstag sonntag heute morgen tag
  por favor y o a al el la los las querida querido hola escribe tuitea sigue etiqueta lunes martes miércoles jueves viernes sábado domingo hoy
  e ou ao os as olá escreva siga marque segunda terça quarta quinta sexta sábado domingo hoje
  et ou le les à au aux bonjour écrivez suivez lundi mardi mercredi jeudi vendredi samedi dimanche aujourd'hui`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs an instruction to the supporter starts with ("Tweet @X", "Bitte schreibt…", "Envía…"). */
const INSTRUCTION_VERBS = [
  'tweet', 'send', 'tag', 'ask', 'use', 'share', 'follow', 'retweet', 'join', 'post', 'click', 'copy', 'contact',
  'call', 'email', 'e-mail', 'write', 'counter', 'thank', 'tell', 'urge', 'sign', 'add', 'include', 'mention', 'reply',
  'like', 'spread', 'help', 'take', 'make', 'go', 'visit', 'read', 'download', 'check', 'find', 'get', 'let', "don't",
  'do not', 'remember', 'choose', 'pick', 'feel free', 'cc', 'print', 'come', 'watch', 'donate', 'register', 'sign up',
  'look', 'see', 'head', 'flood', 'fill', 'amplify', 'boost',
  'twittert', 'twittere', 'schickt', 'schicke', 'sendet', 'markiert', 'teilt', 'folgt', 'schreibt', 'schreib', 'nutzt',
  'verwendet', 'fordert', 'macht', 'helft', 'klickt', 'kopiert', 'unterschreibt', 'beteiligt', 'ruft', 'kommt',
  'erinnert', 'verbreitet',
  'tuitea', 'tuitead', 'envía', 'enviad', 'etiqueta', 'comparte', 'compartid', 'sigue', 'escribe', 'usa', 'utiliza',
  'pide', 'únete', 'participa', 'haz', 'copia', 'firma', 'difunde', 'menciona', 'llama', 'súmate', 'recuerda',
  'tuíte', 'tuitem', 'envie', 'enviem', 'marque', 'marquem', 'compartilhe', 'partilhe', 'siga', 'escreva', 'use',
  'utilize', 'peça', 'participe', 'faça', 'copie', 'assine', 'divulgue', 'mencione', 'ligue', 'junte-se', 'lembre',
  'tweetez', 'envoyez', 'taguez', 'partagez', 'suivez', 'écrivez', 'utilisez', 'demandez', 'rejoignez', 'participez',
  'faites', 'copiez', 'signez', 'diffusez', 'mentionnez', 'interpellez', 'appelez', 'n’oubliez', "n'oubliez",
];
/**
 * An instruction to the supporter: starts (after "Please", "Bitte", …) with one of the verbs; "Thank you…" is not one.
 */
export const INSTRUCTION = new RegExp(
  `^(?:\\d+[.)]\\s*)?(?:(?:please|bitte|por favor|s'il vous plaît|merci de|then|and|also|dann|und|luego|y|e|depois|puis|et)[,\\s]+)*(?!thank you|thanks)(?:${INSTRUCTION_VERBS.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}_])`,
  'iu',
);

/**
 * Words that announce the action rather than argue for it ("we will flood Twitter", "join us", "vamos ocupar o
 * Twitter"): a sentence with them is not a talking point.
 */
export const ANNOUNCES = wordsPattern([
  'twitterstorm', 'tweetstorm', 'twitter storm', 'tweet storm', 'hashtag storm', 'thunderclap', 'day of action',
  'week of action', 'online action', 'twitter action', 'join us', 'join in', 'join the', 'take part', 'get involved',
  'we will', "we'll", 'we’ll', 'we are going to', "we're going to", 'we’re going to', 'flood', 'take over',
  'tweet together', 'together on twitter',
  'twittersturm', 'aktionstag', 'macht mit', 'mitmachen', 'wir werden', 'wir fluten', 'fluten', 'beteiligt euch',
  'schließt euch', 'twittern wir',
  'tuitazo', 'tuiteada', 'vamos a', 'únete', 'súmate', 'sumaos', 'participa', 'inundar', 'inundemos', 'llenemos',
  'llenamos', 'tuiteamos',
  'tuitaço', 'vamos', 'participe', 'participem', 'junte-se', 'juntem-se', 'ocupar', 'lotar', 'tuitar juntos',
  'tempête de tweets', 'nous allons', 'rejoignez', 'rejoignez-nous', 'participez', 'inonder', 'inondons', 'envahir',
  'nous lançons',
]);
