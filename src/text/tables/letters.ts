/**
 * Letter tables for the romanisation engine.
 *
 * Every value is plain ASCII. Letters whose sound is not written in the
 * simple scheme (hamza on any seat, ʿayn) map to the empty string: they
 * still count as consonants when the engine guesses short vowels.
 */

/** Arabic, Persian and Urdu consonant letters → Latin. */
export const CONSONANTS: ReadonlyMap<string, string> = new Map([
  ['\u0621', ''], // ء hamza
  ['\u0623', ''], // أ hamza on alef (consonantal use)
  ['\u0625', ''], // إ hamza under alef (consonantal use)
  ['\u0624', ''], // ؤ hamza on waw
  ['\u0626', ''], // ئ hamza on yeh
  ['\u0628', 'b'], // ب
  ['\u062A', 't'], // ت
  ['\u062B', 'th'], // ث
  ['\u062C', 'j'], // ج
  ['\u062D', 'h'], // ح
  ['\u062E', 'kh'], // خ
  ['\u062F', 'd'], // د
  ['\u0630', 'dh'], // ذ
  ['\u0631', 'r'], // ر
  ['\u0632', 'z'], // ز
  ['\u0633', 's'], // س
  ['\u0634', 'sh'], // ش
  ['\u0635', 's'], // ص
  ['\u0636', 'd'], // ض
  ['\u0637', 't'], // ط
  ['\u0638', 'z'], // ظ
  ['\u0639', ''], // ع ʿayn
  ['\u063A', 'gh'], // غ
  ['\u0641', 'f'], // ف
  ['\u0642', 'q'], // ق
  ['\u0643', 'k'], // ك
  ['\u0644', 'l'], // ل
  ['\u0645', 'm'], // م
  ['\u0646', 'n'], // ن
  ['\u0647', 'h'], // ه
  ['\u0648', 'w'], // و (consonantal use)
  ['\u064A', 'y'], // ي (consonantal use)
  ['\u0629', 't'], // ة (only reached inside a word; word-final ة is a suffix)
  // Persian, Urdu and Maghrebi letters
  ['\u067E', 'p'], // پ
  ['\u0686', 'ch'], // چ
  ['\u0698', 'zh'], // ژ
  ['\u06AF', 'g'], // گ
  ['\u06A9', 'k'], // ک keheh
  ['\u06CC', 'y'], // ی Farsi yeh
  ['\u06A4', 'v'], // ڤ
  ['\u06A8', 'g'], // ڨ
  ['\u0679', 't'], // ٹ
  ['\u0688', 'd'], // ڈ
  ['\u0691', 'r'], // ڑ
  ['\u06BA', 'n'], // ں
  ['\u06BE', 'h'], // ھ
  ['\u06C1', 'h'], // ہ
  ['\u06D2', 'y'], // ے
])

/**
 * Letters that are written but have a variant spelling: folded before the
 * rules run so that the rules only see the Arabic base letters.
 */
export const LETTER_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['\u0671', '\u0627'], // ٱ alef wasla → ا
  ['\u0672', '\u0623'], // ٲ → أ
  ['\u0673', '\u0625'], // ٳ → إ
  ['\u06CC', '\u064A'], // ی → ي
  ['\u06A9', '\u0643'], // ک → ك
  ['\u06C1', '\u0647'], // ہ → ه
  ['\u06BE', '\u0647'], // ھ → ه
  ['\u06D2', '\u064A'], // ے → ي
  ['\u06C0', '\u0629'], // ۀ → ة
  ['\u06D5', '\u0647'], // ە → ه
])

/** The «sun letters»: the article al- assimilates to them (al-shams → ash-shams). */
export const SUN_LETTERS: ReadonlySet<string> = new Set([
  '\u062A', '\u062B', '\u062F', '\u0630', '\u0631', '\u0632', '\u0633',
  '\u0634', '\u0635', '\u0636', '\u0637', '\u0638', '\u0644', '\u0646',
])

/** Short-vowel marks (harakat) → Latin, used when a word is vocalised. */
export const VOWEL_MARKS: ReadonlyMap<string, string> = new Map([
  ['\u064E', 'a'], // fatha
  ['\u0650', 'i'], // kasra
  ['\u064F', 'u'], // damma
  ['\u064B', 'an'], // fathatan
  ['\u064D', 'in'], // kasratan
  ['\u064C', 'un'], // dammatan
  ['\u0652', ''], // sukun
  ['\u0670', 'a'], // dagger alef
])

/** Shadda: doubles the consonant it sits on. */
export const SHADDA = '\u0651'

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII. */
export const DIGITS: ReadonlyMap<string, string> = new Map([
  ...Array.from({ length: 10 }, (_, i) => [String.fromCharCode(0x0660 + i), String(i)] as const),
  ...Array.from({ length: 10 }, (_, i) => [String.fromCharCode(0x06f0 + i), String(i)] as const),
  ['\u066B', '.'], // Arabic decimal separator
  ['\u066C', ','], // Arabic thousands separator
])

/** Folding used for search keys and lexicon look-ups. */
export const SEARCH_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u0623', '\u0627'], // أ → ا
  ['\u0625', '\u0627'], // إ → ا
  ['\u0622', '\u0627'], // آ → ا
  ['\u0671', '\u0627'], // ٱ → ا
  ['\u0629', '\u0647'], // ة → ه
  ['\u0649', '\u064A'], // ى → ي
  ['\u0624', '\u0648'], // ؤ → و
  ['\u0626', '\u064A'], // ئ → ي
  ['\u06CC', '\u064A'], // ی → ي
  ['\u06A9', '\u0643'], // ک → ك
])

/** Arabic punctuation → the Latin mark a romanised text uses. */
export const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['\u060C', ','], // ،
  ['\u061B', ';'], // ؛
  ['\u061F', '?'], // ؟
  ['\u066A', '%'], // ٪
  ['\u06D4', '.'], // ۔
  ['\u00AB', '"'], // «
  ['\u00BB', '"'], // »
])

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
export const LATIN_SPECIALS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'], ['æ', 'ae'], ['Æ', 'AE'], ['œ', 'oe'], ['Œ', 'OE'], ['ø', 'o'], ['Ø', 'O'],
  ['đ', 'd'], ['Đ', 'D'], ['ł', 'l'], ['Ł', 'L'], ['þ', 'th'], ['Þ', 'TH'], ['ð', 'd'], ['Ð', 'D'],
  ['ı', 'i'], ['ħ', 'h'], ['Ħ', 'H'],
])
