/** Why an input cannot be ingested; the CLI prints `message` and exits non-zero, nothing is written. */
export type IngestErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'NOT_UTF8'
  | 'NO_STRUCTURE'
  | 'ID_CLASH'
  | 'BAD_ID'
  | 'NOT_FOUND'
  | 'BAD_IDENTIFIER'
  | 'CONCURRENT_WRITE'
  | 'NOT_A_PUBLICATION';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
