// Hand-written declaration of the generated citationParser.js (peggy's own --dts output types `parse` as `any`).
import type { RawCitation } from './rawCitation';

export function parse(input: string): RawCitation[];
