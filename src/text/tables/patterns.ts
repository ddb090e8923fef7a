/**
 * Vowel templates for unvocalised words.
 *
 * A word stem (after clitics and suffixes are split off) is reduced to a
 * skeleton of tokens:
 *
 * | token | meaning |
 * | ----- | ------- |
 * | `C`   | a consonant |
 * | `A` `U` `I` | a long vowel written with ا و ي |
 * | `E`   | a word-initial alef or hamza seat that carries a vowel (أ a, إ i, ا a/i) |
 * | `M` `T` `Y` | a word-initial م ت ي (participle, maṣdar and verb prefixes) |
 * | `S` `X` | the س and ت of the -st- / -t- infixes after such a prefix |
 *
 * A trailing `+` on a key means «a vowel-initial suffix follows» (ة ات ية ين ون ي).
 *
 * Each value rewrites the skeleton: upper-case letters are the tokens in
 * order, lower-case letters are inserted short vowels or infix consonants,
 * and `:` doubles the consonant just written (shadda of the pattern).
 *
 * @example
 * // وزير → skeleton CCIC → template CaCIC → «wazir»
 * // مواصلة → stem مواصل + ة → skeleton MCACC+ → MuCACaC → «muwasal» + «a»
 */
export const VOWEL_TEMPLATES: ReadonlyMap<string, string> = new Map([
  // three tokens
  ['CCC', 'CaCC'], // fa'l: harb, naft, bahth
  ['CCC+', 'CaCC'], // fa'la: jalsa, dawla
  ['ECC', 'ECC'], // amn, azma
  ['ECC+', 'ECC'],
  ['YCC', 'YaCiC'],
  ['TCC', 'TaCiC'],
  ['MCC', 'MaCaC'],
  ['YXC', 'YaXiC'],
  // four tokens
  ['CCCC', 'CaCCaC'],
  ['CCCC+', 'CaCCaC'],
  ['CACC', 'CACiC'], // fa'il: katib, hadith
  ['CACC+', 'CACiC'], // fa'ila: qafila, asima
  ['CCAC', 'CiCAC'], // fi'al: kitab, nizam
  ['CCAC+', 'CiCAC'], // fi'ala: siyasa, ziyada
  ['CCIC', 'CaCIC'], // fa'il: wazir, jadid
  ['CCIC+', 'CaCIC'], // fa'ila: madina, sharika
  ['CCUC', 'CuCUC'], // fu'ul: hujum, wusul
  ['CCUC+', 'CuCUC'], // fu'ula: butula
  ['CACUC', 'CACUC'], // qanun
  ['CACIC', 'CACIC'],
  ['ECCC', 'ECCaC'], // af'al: akbar, ahmad
  ['ECCC+', 'ECCiC'], // ifti'a': irtiqa
  ['ECAC', 'ECAC'], // athar
  ['ECAC+', 'ECAC'], // isaba
  ['YCCC', 'YaCCiC'], // yaf'il: yadrib
  ['YCCC+', 'YaCCaC'], // yalqa-, yaltaq-i
  ['TCCC', 'TaCCiC'],
  ['TCCC+', 'TaCCaC'],
  ['MCCC', 'MaCCaC'], // maf'al: markaz, maktab
  ['MCCC+', 'MaCCaC'], // maf'ala: madrasa, mahkama
  ['MCAC', 'MaCAC'], // majal
  ['MCAC+', 'MaCAC'],
  ['MCIC', 'MaCIC'], // masira
  ['MCIC+', 'MaCIC'],
  ['MCUC', 'MaCUC'],
  ['YCAC', 'YaCAC'],
  ['YCUC', 'YaCUC'], // yafuz, yazur
  ['YCIC', 'YaCIC'],
  ['TCAC', 'TaCAC'],
  ['TCUC', 'TaCUC'],
  ['TCIC', 'TaCIC'],
  // five tokens
  ['CCACC', 'CaCACiC'], // fa'a'il: haraiq, shawari
  ['CCACC+', 'CaCACiC'],
  ['CCACIC', 'CaCACIC'],
  ['MCACC', 'MuCACiC'], // mufa'il: muhafiz, muwatin
  ['MCACC+', 'MuCACaC'], // mufa'ala: muwasala, musharaka
  ['MCACIC', 'MaCACIC'], // mafa'il: mashahir
  ['YCACC', 'YuCACiC'], // yufa'il: yuwafiq, yunaqish
  ['YCACC+', 'YuCACiC'],
  ['TCACC', 'TaCACuC'], // tafa'ul: taawun, tabadul
  ['TCACC+', 'TaCACuC'],
  ['TCACIC', 'TaCACIC'], // tafa'il: tafasil
  ['TCCIC', 'TaCCIC'], // taf'il: taziz, tasjil
  ['TCCIC+', 'TaCCIC'],
  ['MCCUC', 'MaCCUC'], // maf'ul: mashru, masul
  ['MCCUC+', 'MaCCUC'],
  ['ECCAC', 'ECCAC'], // af'al / if'al: asar, ighlaq
  ['ECCAC+', 'ECCAC'],
  ['ECCIC', 'ECCIC'],
  ['ECCUC', 'ECCUC'], // usbu
  ['CCCAC', 'CaCCAC'], // barlaman
  ['CCCAC+', 'CaCCAC'],
  ['CCCIC', 'CaCCIC'],
  ['CCCUC', 'CaCCUC'],
  ['YCCCC', 'YaCCaCiC'], // yafta'il: yaftatih
  ['YCCCC+', 'YaCCaCaC'],
  ['TCCCC', 'TaCCaCiC'], // tantaliq
  ['TCCCC+', 'TaCCaCaC'],
  ['MCCCC', 'MuCCaCaC'], // muntakhab, mushtarak
  ['MCCCC+', 'MuCCaCaC'],
  ['MXCC', 'MuXtaCiC'], // muttahid
  ['MXCC+', 'MuXtaCiC'], // muttahida
  ['MXCCC', 'MuXaCaC:iC'], // mutahaddith
  ['MXCCC+', 'MuXaCaC:iC'],
  ['YXCCC', 'YaXaCaC:aC'], // yatafaqqad
  ['YXCCC+', 'YaXaCaC:aC'],
  ['TXCCC', 'TaXaCaC:aC'],
  ['YXCACC', 'YaXaCACaC'], // yataadal
  ['TXCACC', 'TaXaCACaC'],
  // six tokens and more
  ['ECCCAC', 'ECCiCAC'], // ifti'al / infi'al: ijtima, intilaq
  ['ECCCAC+', 'ECCiCAC'],
  ['EXCAC', 'EXtiCAC'], // ittifaq, ittihad
  ['EXCAC+', 'EXtiCAC'],
  ['ESXCCAC', 'ESXiCCAC'], // istif'al: istithmar
  ['ESXCCAC+', 'ESXiCCAC'],
  ['ESXCAC', 'ESXiCAC'],
  ['ESXCAC+', 'ESXiCAC'],
  ['YSXCCC', 'YaSXaCCiC'], // yastaqbil
  ['YSXCCC+', 'YaSXaCCiC'],
  ['YSXCIC', 'YaSXaCIC'], // yastadif
  ['YSXCC', 'YaSXaCiC:'], // yastaidd
  ['TSXCCC', 'TaSXaCCiC'],
  ['TSXCIC', 'TaSXaCIC'],
  ['TSXCC', 'TaSXaCiC:'],
  ['MSXCCC', 'MuSXaCCaC'], // mustaqbal
  ['MSXCCC+', 'MuSXaCCaC'],
  ['MSXCC+', 'MuSXaCC'], // mustashf-a
  ['MSXCC', 'MuSXaCaC'],
])
