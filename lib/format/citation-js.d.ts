// citation-js ships no type declarations; these cover the part Annals uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown)
    data: Record<string, unknown>[]
    format(format: 'bibtex' | 'data', options?: { format?: 'text' | 'object' | 'string' }): string
  }
}
declare module '@citation-js/plugin-bibtex'
