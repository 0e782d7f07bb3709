// Hand-written declaration of the generated citationParser.js (peggy's own --dts output types `parse` as `any`).
import type { RawCitation } from './rawCitation';

/** `Scan` (the default): every citation in the input. `CitationAt`: the citation at offset 0, or null. */
export function parse(input: string, options?: { startRule?: 'Scan' }): RawCitation[];
export function parse(input: string, options: { startRule: 'CitationAt' }): RawCitation | null;
