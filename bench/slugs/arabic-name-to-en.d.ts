/** Types for the `arabic-name-to-en` package (it ships none): Arabic names → English, words separated by spaces. */
declare module 'arabic-name-to-en' {
  export default function toEnName(text: string): string
}
