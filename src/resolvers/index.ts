import type { Resolvers } from '../generated/resolvers';
import { connectionResolvers } from './connection';
import { documentResolvers } from './documents';
import { documentStructureResolvers } from './documentStructure';
import { entityResolvers } from './entity';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { suggestionResolvers } from './suggestions';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  ...entityResolvers,
  ...connectionResolvers,
  ...documentResolvers,
  ...documentStructureResolvers,
  ...suggestionResolvers,
  // Document is both an Entity (entity.ts) and a document with structure (documents.ts).
  Document: { ...entityResolvers.Document, ...documentResolvers.Document, ...documentStructureResolvers.Document },
  // A Commitment found by ingest also has an owner and a deadline as printed (documentStructure.ts).
  Commitment: { ...entityResolvers.Commitment, ...documentStructureResolvers.Commitment },
};
