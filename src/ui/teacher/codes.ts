// Problem codes from the lower layers ('too-short', 'quota-exceeded') as the select keys of
// the message catalogues (ICU select keys take no hyphen): 'tooShort', 'quotaExceeded'.
export function selectKey(code: string): string {
  return code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
