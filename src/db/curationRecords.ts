import type { ChangeAction } from '../generated/graphql';

export interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  action: ChangeAction;
  targetId: string;
  summary: string;
  reason: string | null;
  data: string | null;
}

export interface RetractionRecord {
  id: string;
  change: ChangeRecord;
}
