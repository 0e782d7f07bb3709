import { DERIVED_RELATIONSHIPS } from './src/ingest/writeSet';
