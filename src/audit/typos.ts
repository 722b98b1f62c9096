/**
 * Typo tolerance: a word of six letters or more that is one edit (Damerau–Levenshtein: one letter
 * inserted, deleted, replaced, or two neighbours swapped) away from a lexicon word of six letters or
 * more reads as that word ("Immigraton", "Religon", "Socail", "Nacimento"), with a lower confidence
 * (classify.ts multiplies by {@link TYPO_FACTOR}). The first letter must match: typos rarely touch
 * it, and changing it reaches many real words. It is the last resort of tokenize.ts's lookup, after
 * the lexicon, plurals and abbreviations.
 *
 * Real words are not typos: "refuge" is not "refugee", "nations" is not "nation", "patrol" is not
 * "petrol". {@link REAL_WORD_COLLISIONS} lists the English and Spanish words (from the `wamerican`
 * and `wspanish` word lists) that are one edit away from a lexicon word; test/audit/typos.test.ts
 * checks the list against the word lists when they are installed. A word that is one edit away from
 * two lexicon words with different meanings is ambiguous and is not read at all ("Relgion":
religion or region). A word missing from both word lists (a rare inflection, a proper name) is not
protected by the list; the first-letter rule and the six-letter minimum limit the risk.
 * @module
 */

/** The confidence of a rule matched through a typo is multiplied by this. */
export const TYPO_FACTOR = 0.9;
/** The shortest word (and lexicon word) typo tolerance applies to. */
export const TYPO_MIN_LENGTH = 6;

const LETTERS = /^[a-z]+$/;

/** True when `a` and `b` differ by exactly one edit (insertion, deletion, substitution, adjacent transposition). */
export function _oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution, or a swap of two neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words one edit away from a lexicon word that are real English or Spanish words (not typos). */
export const REAL_WORD_COLLISIONS: ReadonlySet<string> = new Set<string>(
  `
  accented acianos administracion advisor advisors agility aliento anciano anibal animar animates anisal antepasado
  anther appeal arrial arrime ashlee assisi attender authorize authorizes autorizador avenge averaged avison baptismo
  baptist baptize baptizes baptizo birthrate browner browse browsed browses buddhism budged budges bushiness busyness
  candado canter capelan capella capellar carnea carneo carney carnot carpet carrada catodica catodico catolicon
  cebrada cebrado cedular cefrada cefrado celebrant celebrante celebrar celebre celebro celera celula censer centen
  cercado cerebra cernada cerrador cerraja certificated champlain change chaplin charged charger christina churcha
  churco cibdadana cibdadano cierne cierro clojure cloned cloning closer closes closet cloture clotures cloyed
  cloying committed compana compano complain compliant concerted condecir condicionar condido condition conduce
  conducta conducto conduit conficion configuration congregacion consent consolar constriction construccion consula
  consultar consumar contacto contado contend contenta contento contest context contracta contracto contralto
  contrast contrasto contrata contrito convent copellan cordado cornet corporacion counties credencia credential
  credito credula cristianar cristina cristino cuanto culebra cunado custom decaida decent decide decode dedada
  deduccion dejada demolicion denominacion depart departed deporte deriving descant descend detained detainee detention mutters
  detainees discovery divers diving domanio domingo dominic dominico dominion domino driers drivel drivels driven
  drives drover drovers edilicio electo electora electrica electro emidido empleado empleadora empress empresta
  encolar enmity enriada enriado entado enterada enterez entrado entrana envidada envido envies envigada envigado
  envion envious enviso erector erotic erotica erotico escalar escancia escobar escocar escodar escolan escoliar
  escollar escoltar escomar escorar escosar escotar escriba escueta esfolar especia espirital espuela esquela estada
  estadio estajo estalo estanca estano estantia estates estatua estrada estrado evangelina evangelio exchanged exento
  exhort expert expresa extort extranera extranero extranjeria facturar fallow familial familiar familio farmer
  farther fartura fascal fatter feather federativo feriada ferido ferrado festiva festive firmer fluente follow
  forger formar formed formero formularia forrest fractura fright guadra gualda guaran guardar guardia guardian
  guardin guaria guarida guarra habada habado hablador hallada hallado hallar harlan horsing hosing humanitaria
  identified identifies identify idioms idiota immigrate immigrates impart imparts imported importer impresa impresor
  impress inglesa ingress insana insaner insano interfaced interj interlace intern interpretar interpreted interprets
  inters invoiced islamica islamico isolate isolates issues journalist judaismo leaner learned lenguaz lenguda lerner
  licenced licenciar licensed licensee liking liming limite linguistica linguistico lining llegado llevada locacion
  locals locate locution loving lucencia lucense lunatica lunatico majeza maleja malejo maleta manear manero manjar
  manojar manojo manufacturar manufacture manufactured manufacturera manufacturero manufactures marcial marial
  marital martian masque matera materia materiel maternal matero mather matricular mayors mediador medial mediana
  mediano mediar medias medidora medina mercadera mercaderil mercadoria mercaduria merchandised merchandize mesidor
  mezquina mezquital mezquite migration moheda monada monedar monera monies monuda morcon moreda morlon mormona
  morron morton mosqueo muslime muslin nascimiento nativa nativo naturalizes necesitar needled nocimiento nocional
  noticed notify notion notional novice novices numbed observant observar observer observers officer officers
  oficinal ordinar outsider outsize oversees pagana pagers paginar paging painted pampers papeleo papera papero
  papery parcela parola paroled parolee paroli parrel parses passes pastar paston pastoril patent patents patina
  patron paupers pauses pedres permanence permico permisa permisor peroration pertenecer peticion petrol phobos
  photoed photon photons pipers plaints plaits planeta planets planga planks plantar plante plantia planto plasta
  player players pluming plumping pointed poises police polity populacion porcal porcel porral portar postal postor
  practical practicar practiced practico practicon practised practising praises pratica prayed precedencia precio
  precious preferente premio premiso presente preset presupuesta pretence prevent prever previo priesa primacy
  primate principar printer privater probate probated probation proceeding procero processes produce produced
  producer produces productor profesar professed profeta proficiente profusa programing projected projection promesa
  properly propriedad prosupuesto protestante protested proveedora provence provided provides provincial prowess
  proyeccion publica publicador publicano publicata publico publisher publishes puebla pueble rabano rabico rabido
  rabion ratino recebo refuge refuges registry reglon renoval requite requited requites requive residencial
  residenciar resister resort resorts retort retorts satisfaccion seating segura seguron selecto seniora sensor
  servile settling sexting shills sidewall sitting sittings situation skulls sneaking sneaks sourced spacial spearing
  spears specie specking specks spills spokes stated statue statues steaks stills submit suppler supplied supplies
  surrey swills switched switches tarida tarifar tariff tarima tarina tarjera tempate templa templen templete tempora
  temporil tengue tercena tercer terceria tercero ternera terrena terreo terrera terrero terrino terruno tirreno
  toggled tongued trabado traductora translacion trapajo traves ultimar unborn uniquer vacunar vacuno veedor venador
  vendar vender venders ventor verdor verificacion versification vesicle vicuna vicunas villager villaje vivida
  vividor vivienda warship withhold
  admision adviser arabia arabica arabico arabio bajura baleta ballet ballets basural bengal bengala bofeta bojeta
  bolera boleras boletar boleto boneta candidata candidato carrie carried carriel carries cartier cenero cestro coarse
  cohered cometario comigo commend commends confin contejido contenida contrasts convenir convento coreana coriano
  cormano counsellor coursed courser coveted cowered curios currier curses cursor cursors deeded deeding defect
  defected defection deject dejected dejection deming desatino desino destin destinacion destine destiny detest
  detested discuento dismount displace displacer displaces displayed elevador enable enables enrolment espanola
  fabricate fabrication featured fiances france francesa francis francs fullback garage grandee granted healthy hearth
  horacio horaria horatio inform informed informer informs inorme internationale making mandarina manufactura marking
  mashing massing mixtec nahuatle observadora orientacion overnight packing paring parring parsing parting pasting
  perking policed polite porting portuguesa posicion posing positing positron postin potting pouting precis precises
  preciso precito premiere premieres premise premised premiss premisses presencial presenciar promises quejar received
  receiver recife recipe recite recocida recogido rectal rentar representativa representativo restaurante russia
  safely scheduled scheduler sindrome somalia tagalo teaches tenante traite traveled travelled vacant vacate vacates
  vaciante vagante viajera visajero worked
  nicknamed
`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** An index of lexicon words by length, for {@link _typoTarget}. */
export interface _TypoIndex {
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

/** Builds the index from the lexicon's words (those of six letters or more, a–z only). */
export function _typoIndex(words: Iterable<string>): _TypoIndex {
  const byLength = new Map<number, string[]>();
  for (const w of new Set(words)) {
    if (w.length < TYPO_MIN_LENGTH || !LETTERS.test(w)) continue;
    let list = byLength.get(w.length);
    if (!list) byLength.set(w.length, (list = []));
    list.push(w);
  }
  return { byLength };
}

/**
 * The lexicon word `word` is a typo of, or undefined: none, more than one, or `word` is a real word.
 * `meaning` gives a lexicon word's concepts, so that two spellings of one concept are not ambiguous.
 */
export function _typoTarget(word: string, index: _TypoIndex, meaning: (w: string) => string): string | undefined {
  if (word.length < TYPO_MIN_LENGTH || !LETTERS.test(word) || REAL_WORD_COLLISIONS.has(word)) return undefined;
  let found: string | undefined;
  for (let n = word.length - 1; n <= word.length + 1; n++) {
    for (const target of index.byLength.get(n) ?? []) {
      // A typo rarely touches the first letter, and a first-letter change reaches many real words.
      if (target[0] !== word[0] || !_oneEdit(word, target)) continue;
      if (found !== undefined && meaning(found) !== meaning(target)) return undefined;
      found ??= target;
    }
  }
  return found;
}
