/** The administrators' pages in a locale: /administration/konton, /administration/logg. */
export const adminPath = (locale: string, rest: string) => `${locale === 'en' ? '/en' : ''}/administration${rest}`;
