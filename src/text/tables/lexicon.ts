/**
 * Curated lexicon: conventional romanisations of frequent news vocabulary and
 * named entities, applied before the letter rules. Sources and licences are
 * listed in SOURCES.md next to this file.
 *
 * Keys are written in ordinary Arabic spelling (hamza seats, ة, ى as usual);
 * the engine folds them (أ إ آ → ا, ة → ه, ى → ي …) when it builds its index,
 * so «احمد» finds «أحمد». Values are lower-case ASCII, words joined by «-».
 *
 * Conventions:
 * - countries are not listed here: the gazetteer (gazetteer.ts, generated from
 *   ISO 3166-1) gives their conventional English names (الصين → china), and
 *   the adjectives stay with the rules (الصيني → al-sini);
 * - cities and people: the conventional Latin spelling (القاهرة → cairo,
 *   لافروف → lavrov);
 * - common words: the simple scheme described in docs/transliteration.md.
 *
 * Only words the letter rules get wrong are listed: an entry the rules already
 * romanise identically is dropped (a unit test enforces this), except the
 * closed class of function words, kept so that clitic splitting can rely on them.
 */

type Entries = ReadonlyArray<readonly [string, string]>

/** Capitals and a few world cities, in their conventional English spelling. */
const CITIES: Entries = [
  ['القاهرة', 'cairo'], ['الرياض', 'riyadh'], ['أبوظبي', 'abu-dhabi'], ['أبو ظبي', 'abu-dhabi'],
  ['عمان', 'amman'], ['دمشق', 'damascus'], ['بيروت', 'beirut'], ['الدوحة', 'doha'], ['المنامة', 'manama'],
  ['مسقط', 'muscat'], ['صنعاء', 'sanaa'], ['طرابلس', 'tripoli'], ['الرباط', 'rabat'], ['الخرطوم', 'khartoum'],
  ['نواكشوط', 'nouakchott'], ['مقديشو', 'mogadishu'], ['القدس', 'jerusalem'], ['أنقرة', 'ankara'],
  ['طهران', 'tehran'], ['موسكو', 'moscow'], ['بكين', 'beijing'], ['طوكيو', 'tokyo'], ['نيودلهي', 'new-delhi'],
  ['إسلام آباد', 'islamabad'], ['جاكرتا', 'jakarta'], ['باريس', 'paris'], ['برلين', 'berlin'],
  ['روما', 'rome'], ['لشبونة', 'lisbon'], ['لندن', 'london'], ['واشنطن', 'washington'], ['أوتاوا', 'ottawa'],
  ['برازيليا', 'brasilia'], ['بوينس آيرس', 'buenos-aires'], ['أديس أبابا', 'addis-ababa'],
  ['نيروبي', 'nairobi'], ['كييف', 'kyiv'], ['وارسو', 'warsaw'], ['أثينا', 'athens'],
  ['ستوكهولم', 'stockholm'], ['أوسلو', 'oslo'], ['أمستردام', 'amsterdam'], ['بروكسل', 'brussels'],
  ['برن', 'bern'], ['فيينا', 'vienna'], ['سيول', 'seoul'], ['بيونغ يانغ', 'pyongyang'], ['هانوي', 'hanoi'],
  ['بانكوك', 'bangkok'], ['باكو', 'baku'], ['يريفان', 'yerevan'], ['تبليسي', 'tbilisi'],
  ['نيقوسيا', 'nicosia'], ['كوبنهاغن', 'copenhagen'], ['دبلن', 'dublin'], ['بوخارست', 'bucharest'],
  ['بودابست', 'budapest'], ['بلغراد', 'belgrade'], ['مينسك', 'minsk'], ['نيويورك', 'new-york'],
  ['شنغهاي', 'shanghai'], ['شانجهاي', 'shanghai'], ['شانغهاي', 'shanghai'], ['دبي', 'dubai'],
  ['جنيف', 'geneva'], ['هونغ كونغ', 'hong-kong'], ['مكة المكرمة', 'mecca'], ['مكة', 'mecca'],
  ['المدينة المنورة', 'medina'], ['غزة', 'gaza'], ['الضفة الغربية', 'west-bank'],
  ['بغداد', 'baghdad'], ['كابول', 'kabul'], ['مدريد', 'madrid'], ['أبوجا', 'abuja'], ['مانيلا', 'manila'],
  ['أستانا', 'astana'], ['داكار', 'dakar'], ['إسطنبول', 'istanbul'], ['اسطنبول', 'istanbul'],
]

/** Foreign leaders and public figures frequent in the news, and their name parts. */
const PEOPLE: Entries = [
  ['فلاديمير', 'vladimir'], ['بوتين', 'putin'], ['شي جين بينغ', 'xi-jinping'], ['شي جين بينج', 'xi-jinping'],
  ['سيرجي', 'sergey'], ['سيرغي', 'sergey'], ['لافروف', 'lavrov'], ['وانغ', 'wang'], ['وانج', 'wang'],
  ['جو', 'joe'], ['بايدن', 'biden'], ['دونالد', 'donald'], ['ترامب', 'trump'], ['أنطونيو', 'antonio'],
  ['غوتيريش', 'guterres'], ['غوتيريس', 'guterres'], ['جوتيريش', 'guterres'], ['رجب', 'recep'],
  ['طيب', 'tayyip'], ['أردوغان', 'erdogan'], ['إيمانويل', 'emmanuel'], ['ماكرون', 'macron'],
  ['أولاف', 'olaf'], ['شولتس', 'scholz'], ['فولوديمير', 'volodymyr'], ['زيلينسكي', 'zelensky'],
  ['ناريندرا', 'narendra'], ['مودي', 'modi'], ['بنيامين', 'benjamin'], ['نتنياهو', 'netanyahu'],
  ['أنتوني', 'antony'], ['بلينكن', 'blinken'], ['هاريس', 'harris'], ['كير', 'keir'], ['ستارمر', 'starmer'],
  ['فون دير لاين', 'von-der-leyen'], ['جورجيا ميلوني', 'giorgia-meloni'], ['ميلوني', 'meloni'],
  ['رامافوزا', 'ramaphosa'], ['كيم جونغ أون', 'kim-jong-un'],
  ['يي', 'yi'], ['كامالا', 'kamala'], ['ريشي', 'rishi'], ['سوناك', 'sunak'], ['أورسولا', 'ursula'],
  ['لولا', 'lula'],
]

/** Common Arabic given names and name particles in their usual English press spelling. */
const GIVEN_NAMES: Entries = [
  ['محمد', 'mohamed'], ['أحمد', 'ahmed'], ['محمود', 'mahmoud'], ['مصطفى', 'mostafa'], ['حسن', 'hassan'],
  ['حسين', 'hussein'], ['عمر', 'omar'], ['خالد', 'khaled'], ['يوسف', 'yusuf'], ['المدثر', 'al-muddaththir'], ['عبد الله', 'abdullah'],
  ['عبدالله', 'abdullah'], ['عبد الرحمن', 'abdel-rahman'], ['فيصل', 'faisal'], ['سعد', 'saad'],
  ['ياسر', 'yasser'], ['جمال', 'gamal'], ['كمال', 'kamal'], ['صلاح', 'salah'], ['أنور', 'anwar'],
  ['طارق', 'tarek'], ['عادل', 'adel'], ['حمد', 'hamad'], ['زايد', 'zayed'], ['منصور', 'mansour'],
  ['عثمان', 'othman'], ['مريم', 'maryam'], ['زينب', 'zainab'], ['نور', 'nour'], ['ليلى', 'layla'],
  ['هدى', 'huda'], ['بن', 'bin'], ['ابن', 'ibn'], ['بنت', 'bint'], ['أم', 'umm'],
  ['علي', 'ali'], ['إبراهيم', 'ibrahim'], ['سلمان', 'salman'], ['سعيد', 'said'], ['وليد', 'walid'],
  ['هشام', 'hisham'], ['سامي', 'sami'], ['نبيل', 'nabil'], ['راشد', 'rashid'], ['فاطمة', 'fatima'],
  ['عائشة', 'aisha'], ['سارة', 'sara'], ['أبو', 'abu'], ['آل', 'al'],
]

/** Organisations and acronyms written in Arabic letters. */
const ORGANISATIONS: Entries = [
  ['الأمم المتحدة', 'al-umam-al-muttahida'], ['ناتو', 'nato'], ['الناتو', 'al-nato'], ['أوبك', 'opec'],
  ['يونسكو', 'unesco'], ['اليونسكو', 'al-unesco'], ['يونيسف', 'unicef'], ['اليونيسف', 'al-unicef'],
  ['بريكس', 'brics'], ['آسيان', 'asean'], ['إيكواس', 'ecowas'], ['كوفيد', 'covid'], ['كورونا', 'corona'],
  ['فيروس', 'virus'], ['الإنترنت', 'al-internet'], ['إنترنت', 'internet'], ['فيسبوك', 'facebook'],
  ['تويتر', 'twitter'], ['يوتيوب', 'youtube'], ['جوجل', 'google'], ['غوغل', 'google'], ['آيفون', 'iphone'],
  ['أبل', 'apple'], ['مايكروسوفت', 'microsoft'], ['الشرق الأوسط', 'al-sharq-al-awsat'],
  ['فيفا', 'fifa'], ['الفيفا', 'al-fifa'],
]

/** Particles, pronouns and other function words. */
const FUNCTION_WORDS: Entries = [
  ['في', 'fi'], ['من', 'min'], ['إلى', 'ila'], ['على', 'ala'], ['عن', 'an'], ['مع', 'maa'], ['بين', 'bayn'],
  ['قبل', 'qabl'], ['بعد', 'bad'], ['خلال', 'khilal'], ['حول', 'hawl'], ['ضد', 'didd'], ['أمام', 'amam'],
  ['منذ', 'mundhu'], ['حتى', 'hatta'], ['هذا', 'hadha'], ['هذه', 'hadhihi'], ['ذلك', 'dhalik'],
  ['تلك', 'tilk'], ['التي', 'allati'], ['الذي', 'alladhi'], ['الذين', 'alladhina'], ['أن', 'an'],
  ['إن', 'inna'], ['أو', 'aw'], ['ثم', 'thumma'], ['لا', 'la'], ['لم', 'lam'], ['لن', 'lan'], ['قد', 'qad'],
  ['ما', 'ma'], ['ماذا', 'madha'], ['لماذا', 'limadha'], ['كيف', 'kayf'], ['متى', 'mata'], ['أين', 'ayna'],
  ['هل', 'hal'], ['كل', 'kull'], ['بعض', 'bad'], ['غير', 'ghayr'], ['عند', 'inda'], ['لدى', 'lada'],
  ['نحو', 'nahw'], ['عبر', 'abr'], ['دون', 'dun'], ['فوق', 'fawq'], ['تحت', 'taht'], ['أيضا', 'aydan'],
  ['فقط', 'faqat'], ['جدا', 'jiddan'], ['أمس', 'ams'], ['الآن', 'al-an'], ['هو', 'huwa'], ['هي', 'hiya'],
  ['هم', 'hum'], ['نحن', 'nahnu'], ['أنا', 'ana'], ['الله', 'allah'], ['كان', 'kan'], ['كانت', 'kanat'],
  ['يكون', 'yakun'], ['ليس', 'laysa'], ['إذا', 'idha'], ['لكن', 'lakin'], ['بل', 'bal'], ['كما', 'kama'],
  ['منها', 'minha'], ['فيها', 'fiha'], ['عليها', 'alayha'], ['إنه', 'innahu'], ['أنه', 'annahu'],
  ['له', 'lahu'], ['لها', 'laha'],
]

/** Frequent news vocabulary, romanised in the project's simple scheme. */
const NEWS_WORDS: Entries = [
  // government and politics
  ['وزراء', 'wuzara'], ['دول', 'duwal'], ['عالم', 'alam'], ['عرب', 'arab'], ['مجلس', 'majlis'],
  ['نواب', 'nuwwab'], ['شيوخ', 'shuyukh'], ['شورى', 'shura'], ['حزب', 'hizb'], ['شرطة', 'shurta'],
  ['قوات', 'quwwat'], ['سلام', 'salam'], ['قمة', 'qimma'], ['لقاء', 'liqa'], ['علاقات', 'alaqat'],
  ['تعاون', 'taawun'], ['بيان', 'bayan'], ['قرار', 'qarar'], ['دستور', 'dustur'], ['وكالة', 'wakala'],
  ['منظمة', 'munazzama'], ['أمم', 'umam'], ['ملك', 'malik'], ['قرية', 'qarya'], ['منطقة', 'mintaqa'],
  // media
  ['صحافة', 'sahafa'], ['صحفي', 'sahafi'], ['خبر', 'khabar'], ['مصادر', 'masadir'], ['رأي', 'ray'],
  ['منوعات', 'munawwaat'],
  // economy
  ['سعر', 'sir'], ['سوق', 'suq'], ['جنيه', 'junayh'], ['درهم', 'dirham'], ['تضخم', 'tadakhkhum'],
  ['تجارة', 'tijara'], ['واردات', 'waridat'], ['شركة', 'sharika'], ['شركات', 'sharikat'], ['مليار', 'milyar'],
  ['مليون', 'milyun'],
  // society
  ['صحة', 'sihha'], ['طلاب', 'tullab'], ['أطباء', 'atibba'], ['مياه', 'miyah'], ['زلزال', 'zilzal'],
  ['مرأة', 'mara'], ['امرأة', 'imraa'], ['شباب', 'shabab'],
  ['مواطنين', 'muwatinin'],
  // culture and sport
  ['ثقافة', 'thaqafa'], ['فن', 'fann'], ['فنان', 'fannan'], ['سينما', 'sinima'], ['رواية', 'riwaya'],
  ['معرض', 'marid'], ['كرة', 'kura'], ['قدم', 'qadam'], ['دوري', 'dawri'], ['مباراة', 'mubarat'],
  ['مدرب', 'mudarrib'], ['هدف', 'hadaf'],
  // time and direction
  ['يوم', 'yawm'], ['اليوم', 'al-yawm'], ['غدا', 'ghadan'], ['أسبوع', 'usbu'], ['شمال', 'shamal'],
  ['جنوب', 'janub'],
  // adjectives
  ['أول', 'awwal'], ['أولى', 'ula'], ['آخر', 'akhar'], ['محلي', 'mahalli'], ['دولي', 'dawli'],
  ['دولية', 'dawliya'], ['عربية', 'arabiya'], ['عالمية', 'alamiya'],
  ['وطني', 'watani'], ['وطنية', 'wataniya'], ['مقبل', 'muqbil'],
  // loanwords of news text: without an entry the name model reads them as names (برلمان → berlman),
  // and alone with the article they would lose it as names do
  ['برلمان', 'barlaman'], ['تكنولوجيا', 'tiknulujya'], ['تلفزيون', 'tilifizyun'], ['كونغرس', 'kunghris'],
  ['ديمقراطية', 'dimuqratiya'], ['يورو', 'yuru'], ['فيديو', 'fidyu'], ['راديو', 'radyu'],
  ['أولمبياد', 'ulimbiyad'], ['بروتوكول', 'brutukul'], ['دراما', 'drama'], ['كمبيوتر', 'kumbyutar'],
  ['استراتيجية', 'istiratijiya'], ['إستراتيجية', 'istiratijiya'], ['كاميرا', 'kamira'], ['فيلم', 'film'],
  ['غاز', 'ghaz'], ['بترول', 'bitrul'], ['فيزياء', 'fiziya'], ['كيمياء', 'kimiya'],
  ['جغرافيا', 'jughrafya'], ['إمبراطورية', 'imbraturiya'],
  ['مترو', 'mitru'], ['أوكسجين', 'uksijin'], ['دولار', 'dular'],
  ['إنفلونزا', 'influenza'], ['كوليرا', 'kulira'],
  // frequent headline verbs
  ['أكد', 'akkad'], ['يؤكد', 'yuakkid'], ['يعلن', 'yulin'], ['يبحث', 'yabhath'], ['التقى', 'iltaqa'],
  ['وقع', 'waqqa'], ['يوقع', 'yuwaqqi'], ['يدين', 'yudin'], ['حذر', 'hadhdhar'], ['يحذر', 'yuhadhdhir'],
  ['طالب', 'talab'], ['شارك', 'sharak'], ['يدعو', 'yadu'],
]

/** The lexicon sections, in look-up priority order (earlier sections win on a clash). */
export const LEXICON_SECTIONS: ReadonlyArray<readonly [name: string, entries: Entries]> = [
  ['cities', CITIES],
  ['people', PEOPLE],
  ['given-names', GIVEN_NAMES],
  ['organisations', ORGANISATIONS],
  ['function-words', FUNCTION_WORDS],
  ['news-words', NEWS_WORDS],
]

/**
 * All entries as one map (first occurrence wins). Keys containing a space are
 * phrases, matched across words before single words are looked up.
 *
 * @example
 * LEXICON.get('لافروف') // → 'lavrov'
 */
export const LEXICON: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const [, entries] of LEXICON_SECTIONS) {
    for (const [key, value] of entries) if (!map.has(key)) map.set(key, value)
  }
  return map
})()
