import neo4j from 'neo4j-driver';
import type { Executor } from './executor';
import type { DocumentStructureRecord, SpeakerTurnRecord } from './familyRecords';
import { entityMap } from './projections';
import type { EntityRecord } from './records';

const STRUCTURE = `MATCH (i:Ingestion {documentId: $id})
  RETURN i {.family, .familyEvidence, .chamber, .date, .sourceIdentifier, .askerNames, .askerParties, .addressee, .submitted, .received,
            .answeredByName, .answeredByRole, .postponement, .postponementDate, .presentNames, .presentRoles, .headingTexts, .headingPages,
            .motionKind, .motionDossier, .motionSubmitters, .motionOperative, .motionPage} AS r`;

const SPEAKER_TURNS = `MATCH (t:SpeakerTurn {documentId: $id}) WHERE $speaker IS NULL OR t.speaker = $speaker
  WITH t ORDER BY t.order LIMIT $first
  RETURN t {.id, .documentId, .order, .speaker, .party, .office, .interruption, .text, .page, .start, .end} AS r`;

/** A commitment with the owner and deadline an ingest found (not part of every entity's projection). */
const COMMITMENT = `${entityMap('c').slice(0, -1)}, .owner, .deadline}`;

const RECORDED_COMMITMENTS = `MATCH (:Entity {id: $id})-[r:RECORDS_COMMITMENT]->(c:Entity)
  WITH c, r ORDER BY r.start
  RETURN ${COMMITMENT} AS r`;

const COMMITMENT_DETAILS = `MATCH (c:Entity:Commitment {id: $id}) RETURN c {.owner, .deadline} AS r`;

/** The family structure of ingested documents: family and findings, speaker turns, toezeggingen. */
export class FamilyRepository {
  constructor(private readonly executor: Executor) {}

  async structureOf(documentId: string): Promise<DocumentStructureRecord | null> {
    return (await this.rows<DocumentStructureRecord>('documentStructure', STRUCTURE, { id: documentId }))[0] ?? null;
  }

  async speakerTurnsOf(documentId: string, speaker: string | null, first: number): Promise<SpeakerTurnRecord[]> {
    return this.rows('documentSpeakerTurns', SPEAKER_TURNS, { id: documentId, speaker, first: neo4j.int(first) });
  }

  async recordedCommitmentsOf(documentId: string): Promise<EntityRecord[]> {
    return this.rows('documentRecordedCommitments', RECORDED_COMMITMENTS, { id: documentId });
  }

  /** Owner and deadline of a commitment reached some other way than through its document. */
  async commitmentDetails(id: string): Promise<{ owner: string | null; deadline: string | null }> {
    return (
      (
        await this.rows<{ owner: string | null; deadline: string | null }>('commitmentDetails', COMMITMENT_DETAILS, {
          id,
        })
      )[0] ?? { owner: null, deadline: null }
    );
  }

  private async rows<T>(name: string, cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const res = await this.executor.read(name, (tx) => tx.run(cypher, params));
    return res.records.map((r) => r.get('r') as T);
  }
}
