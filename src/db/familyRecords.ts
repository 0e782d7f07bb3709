/** Records of the family structure of ingested documents, as the family repository returns them. */

export interface SpeakerTurnRecord {
  id: string;
  documentId: string;
  order: number;
  speaker: string;
  party: string | null;
  office: string | null;
  interruption: boolean;
  text: string;
  page: number;
  start: number;
  end: number;
}

/** The Ingestion node's family properties, flat (parallel lists) as Neo4j stores them. */
export interface DocumentStructureRecord {
  family: string | null;
  familyEvidence: string[] | null;
  chamber: string | null;
  date: string | null;
  sourceIdentifier: string | null;
  askerNames: string[] | null;
  askerParties: string[] | null;
  addressee: string | null;
  submitted: string | null;
  received: string | null;
  answeredByName: string | null;
  answeredByRole: string | null;
  postponement: string | null;
  presentNames: string[] | null;
  presentRoles: string[] | null;
  headingTexts: string[] | null;
  headingPages: number[] | null;
  motionKind: string | null;
  motionDossier: string | null;
  motionSubmitters: string[] | null;
  motionOperative: string | null;
  motionPage: number | null;
}
